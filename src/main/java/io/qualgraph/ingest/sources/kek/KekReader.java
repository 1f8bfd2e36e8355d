package io.qualgraph.ingest.sources.kek;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import io.qualgraph.ingest.Bundle;
import io.qualgraph.ingest.sources.SourceRows;
import io.qualgraph.support.CsvReader;

/**
 * The KEK German media-ownership tables (kek_company.csv: id,name,…; kek_shares.csv: shareholder,owns,share in
 * percent, sometimes empty) to bundle rows. KEK does not tell persons from companies, so every holder is a legal
 * entity; ids are {@code kek-<id>}; an empty share is unknown.
 */
public final class KekReader {

    private KekReader() {
    }

    public static Bundle read(String companiesCsv, String sharesCsv) {
        SourceRows rows = new SourceRows();
        List<List<String>> companies = records(companiesCsv);
        for (List<String> row : companies.subList(1, companies.size())) {
            rows.entity(SourceRows.entity("kek-" + row.get(0), row.size() > 1 ? row.get(1).strip() : null, "DE", null));
        }
        List<List<String>> shares = records(sharesCsv);
        List<String> header = shares.get(0);
        int holder = header.indexOf("shareholder");
        int owned = header.indexOf("owns");
        int share = header.indexOf("share");
        int line = 1;
        for (List<String> row : shares.subList(1, shares.size())) {
            line++;
            String owner = "kek-" + row.get(holder);
            String target = "kek-" + row.get(owned);
            rows.ensureEntity(owner, "DE", null);
            rows.ensureEntity(target, "DE", null);
            String percent = share < row.size() ? row.get(share).strip() : "";
            Double value = percent.isEmpty() || percent.equalsIgnoreCase("null") ? null : Double.parseDouble(percent) / 100;
            rows.ownership(new Bundle.Ownership(owner, target, value, null, null, null, null, "kek:shares.csv#" + line));
        }
        return rows.build();
    }

    private static List<List<String>> records(String text) {
        CsvReader csv = new CsvReader(new StringReader(text));
        List<List<String>> records = new ArrayList<>();
        for (CsvReader.Line line = csv.next(); line != null; line = csv.next()) {
            records.add(line.fields());
        }
        return records;
    }
}
