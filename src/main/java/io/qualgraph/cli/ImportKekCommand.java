package io.qualgraph.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.qualgraph.ingest.Bundle;
import io.qualgraph.ingest.BundleIngest;
import io.qualgraph.ingest.sources.kek.KekReader;
import org.springframework.stereotype.Component;

/** {@code import-kek DIR}: the KEK media-ownership tables kek_company.csv and kek_shares.csv from DIR. */
@Component
class ImportKekCommand implements Command {

    private final BundleIngest ingest;

    ImportKekCommand(BundleIngest ingest) {
        this.ingest = ingest;
    }

    @Override
    public String name() {
        return "import-kek";
    }

    @Override
    public String usage() {
        return "DIR — KEK media ownership (kek_company.csv, kek_shares.csv); ids kek-<id>";
    }

    @Override
    public int run(List<String> args) throws IOException {
        if (args.size() != 1) {
            return 2;
        }
        Path dir = Path.of(args.get(0));
        Bundle bundle = read(dir);
        System.out.printf("%d entities, %d stakes%n", bundle.entities().size(), bundle.ownership().size());
        return SourceIngest.write(ingest, dir.resolve("kek_shares.csv"), bundle, System.out);
    }

    static Bundle read(Path dir) throws IOException {
        return KekReader.read(Files.readString(dir.resolve("kek_company.csv"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("kek_shares.csv"), StandardCharsets.UTF_8));
    }
}
