package io.qualgraph.ingest;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.qualgraph.support.CypherRegistry;
import io.qualgraph.support.NewLeadsWriter;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;

/**
 * Runs one {@code cypher/ingest} statement per section inside the caller's transaction; a write of leads only hands
 * its new leads to a {@link NewLeadsWriter}.
 */
final class BundleWriter {

    private static final Map<String, String> STATEMENTS = Map.of("entities", "entities", "persons", "persons",
            "ownership", "ownership", "riskFlags", "risk-flags", "contacts", "contacts", "engagements", "engagements",
            "opportunities", "opportunities", "committee", "committee", "intent", "intent", "leads", "leads");

    private final CypherRegistry cypher;
    private final int batchSize;

    BundleWriter(CypherRegistry cypher, int batchSize) {
        this.cypher = cypher;
        this.batchSize = batchSize;
    }

    /** Writes every non-empty section in order; returns the counts per section. */
    Map<String, IngestSummary.SectionCount> write(TransactionContext tx, Map<String, List<Map<String, Object>>> sections) {
        Map<String, IngestSummary.SectionCount> counts = new LinkedHashMap<>();
        sections.forEach((section, rows) -> {
            if (!rows.isEmpty()) {
                counts.put(section, writeSection(tx, "ingest/" + STATEMENTS.get(section), rows));
            }
        });
        return counts;
    }

    /**
     * Writes the rows of a write that holds only leads: the leads already stored as any write does, the new ones
     * through {@code newLeads}, which resolves them before storing them.
     *
     * @return the leads section's count and the ids of the new leads
     */
    LeadsWritten writeLeadsOnly(TransactionContext tx, List<Map<String, Object>> rows, NewLeadsWriter newLeads,
            NewLeadsWriter.ReadAhead ahead) {
        Set<String> stored = new HashSet<>();
        List<Object> ids = rows.stream().map(row -> row.get("id")).toList();
        tx.run(cypher.get("ingest/stored-leads"), Map.of("ids", ids))
                .forEachRemaining(r -> stored.add(r.get("id").asString()));
        Map<Boolean, List<Map<String, Object>>> byStored = rows.stream()
                .collect(Collectors.partitioningBy(row -> stored.contains((String) row.get("id"))));
        List<Map<String, Object>> known = byStored.get(true);
        List<Map<String, Object>> fresh = byStored.get(false);
        IngestSummary.SectionCount count = known.isEmpty() ? new IngestSummary.SectionCount(0, 0, 0)
                : writeSection(tx, "ingest/" + STATEMENTS.get("leads"), known);
        if (!fresh.isEmpty()) {
            newLeads.write(tx, fresh, ahead);
            count = count.plus(new IngestSummary.SectionCount(fresh.size(), fresh.size(), 0));
        }
        return new LeadsWritten(count, fresh.stream().map(row -> (String) row.get("id")).collect(Collectors.toSet()));
    }

    /** The leads section of a write of leads only: its count, and the new leads, resolved before they were stored. */
    record LeadsWritten(IngestSummary.SectionCount count, Set<String> resolved) {
    }

    private IngestSummary.SectionCount writeSection(TransactionContext tx, String statement,
            List<Map<String, Object>> rows) {
        IngestSummary.SectionCount total = new IngestSummary.SectionCount(0, 0, 0);
        for (int from = 0; from < rows.size(); from += batchSize) {
            List<Map<String, Object>> batch = rows.subList(from, Math.min(rows.size(), from + batchSize));
            Record r = tx.run(cypher.get(statement), Map.of("rows", batch)).single();
            total = total.plus(new IngestSummary.SectionCount(batch.size(), r.get("created").asLong(),
                    r.get("updated").asLong()));
        }
        return total;
    }
}
