package io.qualgraph.ingest.sources.ftm;

import io.qualgraph.ingest.BundleIngest;
import io.qualgraph.ingest.IngestSummary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.stereotype.Service;

/** Imports OpenSanctions FollowTheMoney files through bundle ingest (validated, one transaction, maintainers run). */
@Service
public class FtmImport {

    /** What the import wrote and which records it left out. */
    public record Outcome(IngestSummary summary, List<String> skipped) {
    }

    private final BundleIngest ingest;

    FtmImport(BundleIngest ingest) {
        this.ingest = ingest;
    }

    /** Converts and ingests one JSON-lines file; a 400 problem (nothing written) when the converted bundle is invalid. */
    public Outcome importFile(Path file, String idPrefix) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        FtmConverter.Result result = FtmConverter.convert(lines, idPrefix);
        return new Outcome(ingest.ingest(result.bundle()), result.skipped());
    }
}
