package io.qualgraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.qualgraph.ingest.Bundle;
import io.qualgraph.ingest.BundleIngest;
import io.qualgraph.ingest.ChunkedImport;
import io.qualgraph.ingest.CsvChunks;
import io.qualgraph.ingest.CsvIngest;
import io.qualgraph.ingest.ImportProgress;
import io.qualgraph.ingest.IngestSummary;
import io.qualgraph.support.Problem;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code import FILE [--section NAME]}: a JSON bundle or a CSV section (section from the option or the
 * file name, e.g. {@code contacts.csv}), committed in chunks with a progress line per chunk.
 */
@Component
class ImportCommand implements Command {

    private final ChunkedImport chunked;
    private final CsvIngest csv;
    private final BundleIngest ingest;
    private final JsonMapper json;

    ImportCommand(ChunkedImport chunked, CsvIngest csv, BundleIngest ingest, JsonMapper json) {
        this.chunked = chunked;
        this.csv = csv;
        this.ingest = ingest;
        this.json = json;
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String usage() {
        return "FILE [--section NAME]   import a JSON bundle (.json) or one CSV section (.csv) in chunked transactions";
    }

    @Override
    public int run(List<String> args) throws IOException {
        return run(args, System.out);
    }

    int run(List<String> args, PrintStream out) throws IOException {
        if (args.isEmpty() || (args.size() != 1 && args.size() != 3) || (args.size() == 3 && !args.get(1).equals("--section"))) {
            out.println("usage: import " + usage());
            return 2;
        }
        Path file = Path.of(args.get(0));
        if (!Files.isReadable(file)) {
            out.println("import: cannot read " + file.toAbsolutePath());
            return 2;
        }
        ImportProgress progress = new ImportProgress(out, file);
        try {
            IngestSummary summary = file.toString().endsWith(".csv")
                    ? importCsv(file, args.size() == 3 ? args.get(2) : sectionOf(file), progress)
                    : chunked.run(json.readValue(file.toFile(), Bundle.class), 0, progress);
            progress.done(summary);
            return 0;
        } catch (Problem problem) {
            progress.failed(problem);
            return 1;
        } catch (JacksonException e) {
            out.println("import: " + file.getFileName() + " is not a valid bundle: " + e.getOriginalMessage());
            return 1;
        }
    }

    private IngestSummary importCsv(Path file, String section, ImportProgress progress) throws IOException {
        long start = System.nanoTime();
        Map<String, IngestSummary.SectionCount> total = new LinkedHashMap<>();
        long done = 0;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            CsvChunks chunks = CsvChunks.open(section, reader);
            while (chunks.hasMore()) {
                CsvChunks.Chunk chunk = chunks.next(ingest.settings().chunkRows());
                progress.beforeChunk(done);
                csv.requireValid(chunk);
                ChunkedImport.add(total, ingest.write(chunk.bundle(), 0));
                done += chunk.rows();
                progress.committed(done, -1);
            }
        }
        return IngestSummary.of(total, (System.nanoTime() - start) / 1_000_000);
    }

    private static String sectionOf(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".csv".length());
    }
}
