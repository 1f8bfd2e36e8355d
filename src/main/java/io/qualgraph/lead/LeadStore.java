package io.qualgraph.lead;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.qualgraph.support.Graph;
import org.springframework.stereotype.Component;

/** Keeps each lead's last evaluated decision on the lead node (the inbox, the funnel and changedSince read it). */
@Component
class LeadStore {

    private final Graph graph;

    LeadStore(Graph graph) {
        this.graph = graph;
    }

    /** Stores leads evaluated now; answers how many changed outcome, route or stage. */
    long save(List<Evaluated> evaluated, Instant now) {
        if (evaluated.isEmpty()) {
            return 0;
        }
        List<Map<String, Object>> rows = evaluated.stream().map(LeadStore::row).toList();
        return graph.write(tx -> tx.run(graph.cypher().get("queries/lead/write-decisions"),
                Map.of("rows", rows, "evaluatedAt", utc(now))).single().get("changed").asLong());
    }

    private static Map<String, Object> row(Evaluated e) {
        LeadQualification q = LeadAnswers.qualification(e);
        Map<String, Object> row = new HashMap<>();
        row.put("id", q.leadId());
        row.put("score", q.score());
        row.put("outcome", q.outcome().name());
        row.put("route", q.route().name());
        row.put("stage", q.stage().name());
        row.put("contactBy", utc(q.contactBy()));
        row.put("recheckAt", utc(q.recheckAt()));
        row.put("accountId", q.account() == null ? null : q.account().accountId());
        row.put("tier", q.account() == null || q.account().tier() == null ? null : q.account().tier().name());
        row.put("riskLevel", q.riskLevel() == null ? null : q.riskLevel().name());
        row.put("persona", e.persona());
        row.put("mqlAt", utc(q.mqlAt()));
        row.put("model", q.modelVersion());
        return row;
    }

    private static ZonedDateTime utc(Instant at) {
        return at == null ? null : at.atZone(ZoneOffset.UTC);
    }
}
