package io.qualgraph.ingest.sources.crm;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.qualgraph.ingest.Bundle;
import io.qualgraph.support.CsvReader;
import io.qualgraph.support.Problem;

/**
 * Reads a CRM export by its mapping: one lead row per record, the mapped columns as lead fields, status and source
 * through the value maps, countries and dates in their bundle form, every other non-empty column as an attribute.
 * Problems are named by line and column. Pure.
 */
final class CrmRows {

    /** The leads read, the export line each came from, and every problem found. */
    record Read(List<Bundle.Lead> leads, List<Integer> lines, List<Problem.FieldError> errors) {
    }

    private CrmRows() {
    }

    static Read read(CrmMapping mapping, String text) {
        CsvReader csv = new CsvReader(new StringReader(text));
        CsvReader.Line header = csv.next();
        if (header == null) {
            throw Problem.invalid("line 1", "the export has no header row");
        }
        List<String> columns = header.fields().stream().map(String::strip).toList();
        Set<String> mapped = new HashSet<>();
        mapping.fields().values().forEach(mapped::addAll);
        List<Bundle.Lead> leads = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<Problem.FieldError> errors = new ArrayList<>();
        for (CsvReader.Line line = csv.next(); line != null; line = csv.next()) {
            if (line.fields().size() != columns.size()) {
                errors.add(new Problem.FieldError("line " + line.number(), "has " + line.fields().size()
                        + " fields, the header has " + columns.size()));
                continue;
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                row.put(columns.get(i), line.fields().get(i).strip());
            }
            leads.add(CrmLead.of(mapping, row, mapped, "line " + line.number(), errors));
            lines.add(line.number());
        }
        return new Read(leads, lines, errors);
    }
}
