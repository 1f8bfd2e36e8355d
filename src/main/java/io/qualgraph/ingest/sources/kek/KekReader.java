package io.qualgraph.ingest.sources.kek;

import java.util.ArrayList;
import java.util.List;

import io.qualgraph.ingest.sources.Csv;
import io.qualgraph.ingest.sources.OwnershipBundle;

/**
 * The KEK German media-ownership tables (kek_company.csv: id,name,…; kek_shares.csv: shareholder,owns,share in
 * percent, sometimes empty) to bundle rows. KEK does not tell persons from companies, so every holder is a legal
 * entity; ids are {@code kek-<id>}; an empty share is unknown.
 */
public final class KekReader {

    private KekReader() {
    }

    public static OwnershipBundle read(String companiesCsv, String sharesCsv) {
        OwnershipBundle.Builder bundle = new OwnershipBundle.Builder();
        List<List<String>> companies = Csv.parse(companiesCsv);
        for (List<String> row : companies.subList(1, companies.size())) {
            bundle.entity(new OwnershipBundle.Entity("kek-" + row.get(0), row.size() > 1 ? row.get(1).strip() : null, "DE", null));
        }
        List<List<String>> shares = Csv.parse(sharesCsv);
        List<String> header = shares.get(0);
        int holder = header.indexOf("shareholder");
        int owned = header.indexOf("owns");
        int share = header.indexOf("share");
        int line = 1;
        for (List<String> row : new ArrayList<>(shares.subList(1, shares.size()))) {
            line++;
            String owner = "kek-" + row.get(holder);
            String target = "kek-" + row.get(owned);
            ensure(bundle, owner);
            ensure(bundle, target);
            String percent = share < row.size() ? row.get(share).strip() : "";
            Double value = percent.isEmpty() || percent.equalsIgnoreCase("null") ? null : Double.parseDouble(percent) / 100;
            bundle.ownership(new OwnershipBundle.Ownership(owner, target, value, null, null, null, null, "kek:shares.csv#" + line));
        }
        return bundle.build();
    }

    private static void ensure(OwnershipBundle.Builder bundle, String id) {
        if (!bundle.knows(id)) {
            bundle.entity(new OwnershipBundle.Entity(id, null, "DE", null));
        }
    }
}
