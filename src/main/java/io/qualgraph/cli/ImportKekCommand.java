package io.qualgraph.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.qualgraph.ingest.sources.BundleWriter;
import io.qualgraph.ingest.sources.OwnershipBundle;
import io.qualgraph.ingest.sources.kek.KekReader;

import org.springframework.stereotype.Component;

/** {@code import-kek DIR}: the KEK media-ownership tables kek_company.csv and kek_shares.csv from DIR. */
@Component
class ImportKekCommand implements Command {

    private final BundleWriter writer;

    ImportKekCommand(BundleWriter writer) {
        this.writer = writer;
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
        OwnershipBundle bundle = read(Path.of(args.get(0)));
        int stakes = writer.write(bundle);
        System.out.printf("%d entities, %d stakes%n", bundle.entities().size(), stakes);
        return 0;
    }

    static OwnershipBundle read(Path dir) throws IOException {
        return KekReader.read(Files.readString(dir.resolve("kek_company.csv"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("kek_shares.csv"), StandardCharsets.UTF_8));
    }
}
