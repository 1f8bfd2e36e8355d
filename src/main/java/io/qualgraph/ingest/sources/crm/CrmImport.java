package io.qualgraph.ingest.sources.crm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.qualgraph.ingest.Bundle;
import io.qualgraph.ingest.BundleIngest;
import io.qualgraph.ingest.IngestSummary;
import io.qualgraph.support.Problem;
import org.springframework.stereotype.Service;

/**
 * Imports a CRM export as leads through the one bundle write path (validation, the write, resolution, maintainers):
 * checked as a whole first, so a bad row writes nothing, then written in transactions of {@value #CHUNK} leads.
 */
@Service
public class CrmImport {

    static final int CHUNK = 5000;

    private final BundleIngest ingest;

    CrmImport(BundleIngest ingest) {
        this.ingest = ingest;
    }

    /**
     * Imports {@code csv}, an export of the kind {@code mapping} names ({@code hubspot-contacts},
     * {@code salesforce-leads}).
     *
     * @throws Problem 400 naming every bad line and column (or field), 413 beyond {@code maxRows}
     */
    public IngestSummary importExport(String mapping, String csv, int maxRows) {
        CrmMapping m = CrmMapping.load(mapping);
        CrmRows.Read read = CrmRows.read(m, csv);
        if (read.leads().size() > maxRows) {
            throw Problem.tooLarge("The export has " + read.leads().size() + " rows, more than " + maxRows);
        }
        List<Problem.FieldError> errors = new ArrayList<>(read.errors());
        List<Bundle> chunks = new ArrayList<>();
        for (int from = 0; from < read.leads().size(); from += CHUNK) {
            var builder = Bundle.builder();
            read.leads().subList(from, Math.min(read.leads().size(), from + CHUNK)).forEach(builder::add);
            chunks.add(builder.build());
        }
        int offset = 0;
        for (Bundle chunk : chunks) {
            for (Problem.FieldError e : ingest.validate(chunk)) {
                errors.add(byLine(e, read.lines(), offset));
            }
            offset += chunk.leads().size();
        }
        if (!errors.isEmpty()) {
            throw Problem.invalid(errors);
        }
        Map<String, IngestSummary.SectionCount> total = new LinkedHashMap<>();
        long start = System.nanoTime();
        for (Bundle chunk : chunks) {
            ingest.ingest(chunk).sections().forEach((s, c) -> total.merge(s, c, IngestSummary.SectionCount::plus));
        }
        return IngestSummary.of(total, (System.nanoTime() - start) / 1_000_000);
    }

    /** {@code $.leads[i].field} as {@code line N, field}: the export line the row came from. */
    private static Problem.FieldError byLine(Problem.FieldError e, List<Integer> lines, int offset) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\$\\.leads\\[(\\d+)]\\.?(.*)$").matcher(e.path());
        if (!m.matches()) {
            return e;
        }
        int line = lines.get(offset + Integer.parseInt(m.group(1)));
        return new Problem.FieldError("line " + line + (m.group(2).isEmpty() ? "" : ", field " + m.group(2)), e.message());
    }
}
