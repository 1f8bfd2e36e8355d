package io.qualgraph.cli;

import java.nio.file.Path;
import java.util.List;

import io.qualgraph.ingest.sources.BundleWriter;
import io.qualgraph.ingest.sources.gleif.GleifReader;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code import-gleif FILE…}: GLEIF LEI records and Level 2 relationship records (JSON), all files in one transaction. */
@Component
class ImportGleifCommand implements Command {

    private final BundleWriter writer;
    private final JsonMapper json = JsonMapper.builder().build();

    ImportGleifCommand(BundleWriter writer) {
        this.writer = writer;
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
        List<JsonNode> documents = args.stream().map(f -> json.readTree(Path.of(f).toFile())).toList();
        GleifReader.Result result = GleifReader.read(documents);
        int stakes = writer.write(result.bundle());
        System.out.printf("%d entities, %d controlling stakes, %d declared ultimate parents, %d links skipped (not ownership)%n",
                result.bundle().entities().size(), stakes, result.ultimates().size(), result.skipped().size());
        return args.isEmpty() ? 2 : 0;
    }
}
