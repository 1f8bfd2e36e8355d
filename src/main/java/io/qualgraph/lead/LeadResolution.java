package io.qualgraph.lead;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.qualgraph.scoringmodels.ScoringModels;
import io.qualgraph.scoring.LeadModel;
import io.qualgraph.scoring.ScoringModel;
import io.qualgraph.support.ChangeSet;
import io.qualgraph.support.Graph;
import io.qualgraph.support.Maintainer;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Resolves the leads a write named, inside the write's transaction (after families and risk are maintained): three
 * set-based statements for the whole batch (the unresolved leads, their candidates, the outcome), the choice in
 * {@link Resolver}. So a bundle, a CSV file, a CRM import and {@code POST /api/leads} all resolve the same way.
 */
@Component
@Order(30)
class LeadResolution implements Maintainer {

    private final Graph graph;
    private final ScoringModels models;
    private final Clock clock;

    LeadResolution(Graph graph, ScoringModels models, Clock clock) {
        this.graph = graph;
        this.models = models;
        this.clock = clock;
    }

    @Override
    public void refresh(TransactionContext tx, ChangeSet changes) {
        if (changes.leadIds().isEmpty()) {
            return;
        }
        List<Record> leads = tx.run(graph.cypher().get("queries/lead/unresolved-leads"),
                Map.of("ids", List.copyOf(changes.leadIds()))).list();
        if (leads.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        ScoringModel model = models.activeAt(tx, now);
        LeadModel.Resolution rules = model.lead().resolution();
        Map<String, LeadKeys> keys = new HashMap<>();
        Map<String, Record> byId = new HashMap<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Record lead : leads) {
            LeadKeys k = LeadKeysReader.of(lead, model);
            keys.put(k.leadId(), k);
            byId.put(k.leadId(), lead);
            rows.add(candidateRow(k, lead.get("createdAt").asZonedDateTime().toInstant(), rules));
        }
        List<Map<String, Object>> outcomes = new ArrayList<>();
        tx.run(graph.cypher().get("queries/lead/resolution-candidates"),
                Map.of("rows", rows, "nameCandidates", rules.nameCandidates())).forEachRemaining(r -> {
                    LeadKeys k = keys.get(r.get("id").asString());
                    Resolution resolution = Resolver.resolve(k, CandidatesReader.of(r), rules);
                    outcomes.add(ResolutionRows.of(k, resolution, byId.get(k.leadId())));
                });
        tx.run(graph.cypher().get("queries/lead/write-resolution"),
                Map.of("rows", outcomes, "resolvedAt", now.atZone(ZoneOffset.UTC))).consume();
    }

    private static Map<String, Object> candidateRow(LeadKeys k, Instant createdAt, LeadModel.Resolution rules) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", k.leadId());
        row.put("contactId", k.contactId());
        row.put("email", k.email());
        row.put("lei", k.lei());
        row.put("emailDomains", Domains.withParents(k.emailDomain()));
        row.put("websiteDomains", Domains.withParents(k.websiteDomain()));
        row.put("nameQuery", CompanyNames.fullTextQuery(k.companyNormalised()));
        row.put("country", k.country());
        row.put("createdAt", createdAt.atZone(ZoneOffset.UTC));
        row.put("windowStart", createdAt.minus(Duration.ofDays(rules.duplicateWindowDays())).atZone(ZoneOffset.UTC));
        return row;
    }
}
