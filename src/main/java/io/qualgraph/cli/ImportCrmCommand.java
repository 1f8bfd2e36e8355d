package io.qualgraph.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.qualgraph.ingest.IngestSummary;
import io.qualgraph.ingest.sources.crm.CrmImport;
import io.qualgraph.ingest.sources.crm.CrmMapping;
import io.qualgraph.support.Problem;
import org.springframework.stereotype.Component;

/** {@code import-crm MAPPING FILE}: a HubSpot contacts or Salesforce leads export as leads. */
@Component
class ImportCrmCommand implements Command {

    private final CrmImport crm;

    ImportCrmCommand(CrmImport crm) {
        this.crm = crm;
    }

    @Override
    public String name() {
        return "import-crm";
    }

    @Override
    public String usage() {
        return "MAPPING FILE — a CRM export as leads; MAPPING is one of " + CrmMapping.SHIPPED;
    }

    @Override
    public int run(List<String> args) throws Exception {
        if (args.size() != 2) {
            System.err.println("usage: import-crm " + usage());
            return 2;
        }
        try {
            String text = Files.readString(Path.of(args.get(1)), StandardCharsets.UTF_8);
            IngestSummary summary = crm.importExport(args.get(0), text, Integer.MAX_VALUE);
            System.out.printf("%d leads: %d created, %d updated in %d ms%n", summary.rows(), summary.created(),
                    summary.updated(), summary.elapsedMs());
            return 0;
        } catch (Problem p) {
            System.err.println(p.getMessage());
            p.errors().stream().limit(50).forEach(e -> System.err.println("  " + e.path() + ": " + e.message()));
            return 1;
        }
    }
}
