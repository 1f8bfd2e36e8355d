package io.qualgraph.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.qualgraph.support.CypherRegistry;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;

/** Runs one {@code cypher/ingest} statement per section inside the caller's transaction. */
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
