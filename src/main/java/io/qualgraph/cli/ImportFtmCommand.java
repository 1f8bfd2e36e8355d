package io.qualgraph.cli;

import io.qualgraph.ingest.IngestSummary;
import io.qualgraph.ingest.sources.ftm.FtmImport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.stereotype.Component;

/** {@code import-ftm FILE}: an OpenSanctions FollowTheMoney JSON-lines file, converted and written as one bundle. */
@Component
class ImportFtmCommand implements Command {

    private final FtmImport ftm;

    ImportFtmCommand(FtmImport ftm) {
        this.ftm = ftm;
    }

    @Override
    public String name() {
        return "import-ftm";
    }

    @Override
    public String usage() {
        return "import-ftm FILE [--prefix=ID_PREFIX]  — import OpenSanctions FollowTheMoney JSON lines (entities, persons, ownership, sanctions)";
    }

    @Override
    public int run(List<String> args) throws Exception {
        String prefix = args.stream().filter(a -> a.startsWith("--prefix=")).map(a -> a.substring(9)).findFirst().orElse("");
        List<String> files = args.stream().filter(a -> !a.startsWith("--")).toList();
        if (files.size() != 1 || !Files.isRegularFile(Path.of(files.get(0)))) {
            System.err.println("usage: " + usage());
            return 2;
        }
        FtmImport.Outcome outcome = ftm.importFile(Path.of(files.get(0)), prefix);
        IngestSummary s = outcome.summary();
        System.out.printf("import-ftm: %d rows, %d created, %d updated, %d records skipped%n", s.rows(), s.created(),
                s.updated(), outcome.skipped().size());
        outcome.skipped().forEach(line -> System.out.println("  skipped " + line));
        return 0;
    }
}
