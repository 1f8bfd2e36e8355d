package io.qualgraph.lead;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.micrometer.core.instrument.MeterRegistry;
import io.qualgraph.scoring.LeadModel;
import io.qualgraph.scoring.ScoringModel;
import io.qualgraph.scoringmodels.ScoringModels;
import io.qualgraph.support.ChangeSet;
import io.qualgraph.support.Graph;
import io.qualgraph.support.Maintainer;
import io.qualgraph.support.StepTimer;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Resolves the leads a write named, inside the write's transaction (after families and risk are maintained): set-based
 * statements for the whole batch (the unresolved leads, their candidates, the contending families' contacts, the
 * outcome), the choice in {@link Resolver}. So a bundle, a CSV file, a CRM import and {@code POST /api/leads} all
 * resolve the same way. Each step's time is kept in a {@link ResolutionTimer}.
 */
@Component
@Order(30)
class LeadResolution implements Maintainer {

    private final Graph graph;
    private final ScoringModels models;
    private final Clock clock;
    private final StepTimer readBack;
    private final StepTimer candidates;
    private final StepTimer outcome;

    LeadResolution(Graph graph, ScoringModels models, Clock clock, MeterRegistry meters) {
        this.graph = graph;
        this.models = models;
        this.clock = clock;
        this.readBack = ResolutionTimer.step(meters, ResolutionTimer.READ_BACK);
        this.candidates = ResolutionTimer.step(meters, ResolutionTimer.CANDIDATES);
        this.outcome = ResolutionTimer.step(meters, ResolutionTimer.OUTCOME);
    }

    @Override
    public void refresh(TransactionContext tx, ChangeSet changes) {
        if (changes.leadIds().isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        List<Record> leads = tx.run(graph.cypher().get("queries/lead/unresolved-leads"),
                Map.of("ids", List.copyOf(changes.leadIds()))).list();
        long readBackDone = readBack.since(start);
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
        long chosen = candidates.since(readBackDone);
        List<Map<String, Object>> outcomes = new ArrayList<>();
        for (LeadKeys k : keys) {
            outcomes.add(ResolutionRows.of(k, resolved.get(k.leadId()), byId.get(k.leadId())));
        }
        tx.run(graph.cypher().get("queries/lead/write-resolution"),
                Map.of("rows", outcomes, "resolvedAt", now.atZone(ZoneOffset.UTC))).consume();
        outcome.since(chosen);
    }

    /**
     * Resolves these leads as the graph stands in {@code tx}, writing nothing: {@link CandidatesLookup} reads every
     * lead's candidates a step at a time, one statement counts the families that contend (none when no choice needs
     * them), the {@link Resolver} chooses.
     */
    Map<String, Resolution> resolve(TransactionContext tx, List<LeadKeys> keys, Map<String, Instant> createdAt,
            LeadModel.Resolution rules) {
        Map<String, Candidates> candidates = new CandidatesLookup(tx, graph.cypher()).read(keys, createdAt, rules);
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
}
