package io.qualgraph.cli;

import java.nio.file.Path;
import java.util.List;

import io.qualgraph.ingest.BundleIngest;
import io.qualgraph.ingest.sources.bods.BodsReader;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** {@code import-bods FILE…}: BODS 0.4 / 0.3 packages (JSON arrays of statements), one transaction per file. */
@Component
class ImportBodsCommand implements Command {

    private final BundleIngest ingest;
    private final JsonMapper json = JsonMapper.builder().build();

    ImportBodsCommand(BundleIngest ingest) {
        this.ingest = ingest;
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
        int status = args.isEmpty() ? 2 : 0;
        for (String file : args) {
            BodsReader.Result result = BodsReader.read(json.readTree(Path.of(file).toFile()));
            System.out.printf("%s: %d entities, %d persons, %d stakes, %d declared indirect interests%n", file,
                    result.bundle().entities().size(), result.bundle().persons().size(),
                    result.bundle().ownership().size(), result.declared().size());
            result.warnings().forEach(w -> System.out.println("  skipped: " + w));
            status = Math.max(status, SourceIngest.write(ingest, Path.of(file), result.bundle(), System.out));
        }
        return status;
    }
}
