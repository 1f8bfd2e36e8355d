package io.qualgraph.lead;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.qualgraph.scoring.LeadModel;
import io.qualgraph.scoring.ScoringModel;
import io.qualgraph.scoringmodels.ScoringModels;
import io.qualgraph.support.ChangeSet;
import io.qualgraph.support.Graph;
import io.qualgraph.support.Maintainer;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Resolves the leads a write named, inside the write's transaction (after families and risk are maintained): set-based
 * statements for the whole batch (the unresolved leads, their candidates, the contending families' contacts, the
 * outcome), the choice in {@link Resolver}. So a bundle, a CSV file, a CRM import and {@code POST /api/leads} all
 * resolve the same way.
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
        List<LeadKeys> keys = new ArrayList<>();
        Map<String, Instant> createdAt = new HashMap<>();
        Map<String, Record> byId = new HashMap<>();
        for (Record lead : leads) {
            LeadKeys k = LeadKeysReader.of(lead, model);
            keys.add(k);
            createdAt.put(k.leadId(), lead.get("createdAt").asZonedDateTime().toInstant());
            byId.put(k.leadId(), lead);
        }
        Map<String, Resolution> resolved = resolve(tx, keys, createdAt, rules);
        List<Map<String, Object>> outcomes = new ArrayList<>();
        for (LeadKeys k : keys) {
            outcomes.add(ResolutionRows.of(k, resolved.get(k.leadId()), byId.get(k.leadId())));
        }
        tx.run(graph.cypher().get("queries/lead/write-resolution"),
                Map.of("rows", outcomes, "resolvedAt", now.atZone(ZoneOffset.UTC))).consume();
    }

    /**
     * Resolves these leads as the graph stands in {@code tx}, writing nothing: one statement reads every lead's
     * candidates, one counts the families that contend (none when no choice needs them), the {@link Resolver} chooses.
     */
    Map<String, Resolution> resolve(TransactionContext tx, List<LeadKeys> keys, Map<String, Instant> createdAt,
            LeadModel.Resolution rules) {
        List<Map<String, Object>> rows = keys.stream().map(k -> candidateRow(k, createdAt.get(k.leadId()), rules))
                .toList();
        Map<String, Candidates> candidates = new HashMap<>();
        tx.run(graph.cypher().get("queries/lead/resolution-candidates"),
                Map.of("rows", rows, "nameCandidates", rules.nameCandidates()))
                .forEachRemaining(r -> candidates.put(r.get("id").asString(), CandidatesReader.of(r)));
        Set<String> families = new HashSet<>();
        keys.forEach(k -> families.addAll(Resolver.familiesToCount(k, candidates.get(k.leadId()), rules)));
        Map<String, Long> contacts = new HashMap<>();
        if (!families.isEmpty()) {
            tx.run(graph.cypher().get("queries/lead/family-contacts"), Map.of("accounts", List.copyOf(families)))
                    .forEachRemaining(r -> contacts.put(r.get("accountId").asString(), r.get("contacts").asLong()));
        }
        Map<String, Resolution> resolved = new HashMap<>();
        for (LeadKeys k : keys) {
            Candidates counted = candidates.get(k.leadId()).withFamilyContacts(contacts);
            resolved.put(k.leadId(), Resolver.resolve(k, counted, rules));
        }
        return resolved;
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
        row.put("nameQueryAllWords", CompanyNames.fullTextQueryAllWords(k.companyNormalised()));
        row.put("country", k.country());
        row.put("createdAt", createdAt.atZone(ZoneOffset.UTC));
        row.put("windowStart", createdAt.minus(Duration.ofDays(rules.duplicateWindowDays())).atZone(ZoneOffset.UTC));
        return row;
    }
}
