package io.qualgraph.cli;

import java.nio.file.Path;
import java.util.List;

import io.qualgraph.ingest.sources.BundleWriter;
import io.qualgraph.ingest.sources.bods.BodsReader;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** {@code import-bods FILE…}: BODS 0.4 / 0.3 packages (JSON arrays of statements), one transaction per file. */
@Component
class ImportBodsCommand implements Command {

    private final BundleWriter writer;
    private final JsonMapper json = JsonMapper.builder().build();

    ImportBodsCommand(BundleWriter writer) {
        this.writer = writer;
    }

    @Override
    public String name() {
        return "import-bods";
    }

    @Override
    public String usage() {
        return "FILE… — Beneficial Ownership Data Standard packages (0.4 records, 0.3 statements)";
    }

    @Override
    public int run(List<String> args) {
        for (String file : args) {
            BodsReader.Result result = BodsReader.read(json.readTree(Path.of(file).toFile()));
            int stakes = writer.write(result.bundle());
            System.out.printf("%s: %d entities, %d persons, %d stakes, %d declared indirect interests%n", file,
                    result.bundle().entities().size(), result.bundle().persons().size(), stakes, result.declared().size());
            result.warnings().forEach(w -> System.out.println("  skipped: " + w));
        }
        return args.isEmpty() ? 2 : 0;
    }
}
