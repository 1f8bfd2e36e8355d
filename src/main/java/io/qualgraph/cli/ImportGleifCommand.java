package io.qualgraph.cli;

import java.nio.file.Path;
import java.util.List;

import io.qualgraph.ingest.BundleIngest;
import io.qualgraph.ingest.sources.gleif.GleifReader;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code import-gleif FILE…}: GLEIF LEI records and Level 2 relationship records (JSON), all files in one transaction. */
@Component
class ImportGleifCommand implements Command {

    private final BundleIngest ingest;
    private final JsonMapper json = JsonMapper.builder().build();

    ImportGleifCommand(BundleIngest ingest) {
        this.ingest = ingest;
    }

    @Override
    public String name() {
        return "import-gleif";
    }

    @Override
    public String usage() {
        return "FILE… — GLEIF LEI-CDF and RR-CDF records in JSON (direct consolidation parents become controlling stakes)";
    }

    @Override
    public int run(List<String> args) {
        if (args.isEmpty()) {
            return 2;
        }
        List<JsonNode> documents = args.stream().map(f -> json.readTree(Path.of(f).toFile())).toList();
        GleifReader.Result result = GleifReader.read(documents);
        System.out.printf("%d entities, %d controlling stakes, %d declared ultimate parents, %d links skipped (not ownership)%n",
                result.bundle().entities().size(), result.bundle().ownership().size(), result.ultimates().size(),
                result.skipped().size());
        return SourceIngest.write(ingest, Path.of(args.get(0)), result.bundle(), System.out);
    }
}
