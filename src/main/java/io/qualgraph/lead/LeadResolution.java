package io.qualgraph.lead;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import io.qualgraph.scoring.LeadModel;
import io.qualgraph.scoring.ScoringModel;
import io.qualgraph.scoringmodels.ScoringModels;
import io.qualgraph.support.ChangeSet;
import io.qualgraph.support.Graph;
import io.qualgraph.support.Maintainer;
import io.qualgraph.support.NewLeadsWriter;
import io.qualgraph.support.StepTimer;
import jakarta.annotation.PreDestroy;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Resolves leads inside the transaction that writes them, with set-based statements for the whole batch (their
 * candidates, the contending families' contacts, the outcome) and the choice in {@link Resolver}, so that a bundle, a
 * CSV file, a CRM import and {@code POST /api/leads} all resolve the same way. Two moments (ADR 0029):
 * <ul>
 * <li>as a {@link Maintainer}, after families and risk are maintained, the leads a write stored and that resolution has
 * not looked at since their identifying fields were written (read back from the graph);</li>
 * <li>as the {@link NewLeadsWriter} of a write of leads only, the new leads before they are stored, from the rows
 * themselves: the outcome statement then creates each lead with its outcome, so a lead is written once rather than
 * written, read back and written again. The write's leads cannot see each other in the graph yet, so the duplicate
 * rule is told the earlier ones ({@link Duplicates.Batch}). An import's chunk may come with its entity and name steps
 * read ahead ({@link EntityReadAheads}, ADR 0030) while the chunk before it was written.</li>
 * </ul>
 * Each step's time is kept in a {@link ResolutionTimer}.
 */
@Component
@Order(30)
class LeadResolution implements Maintainer, NewLeadsWriter {

    private static final Comparator<Pending> OLDEST_FIRST = Comparator.comparing(Pending::createdAt)
            .thenComparing(p -> p.keys().leadId());

    private static final Supplier<CandidatesLookup.EntityCandidates> NOT_READ_AHEAD = () -> null;

    private final Graph graph;
    private final ScoringModels models;
    private final Clock clock;
    private final StepTimer readBack;
    private final StepTimer candidates;
    private final StepTimer outcome;
    private final EntityReadAheads readAheads;

    LeadResolution(Graph graph, ScoringModels models, Clock clock, MeterRegistry meters) {
        this.graph = graph;
        this.models = models;
        this.clock = clock;
        this.readAheads = new EntityReadAheads(graph, meters);
        this.readBack = ResolutionTimer.step(meters, ResolutionTimer.READ_BACK);
        this.candidates = ResolutionTimer.step(meters, ResolutionTimer.CANDIDATES);
        this.outcome = ResolutionTimer.step(meters, ResolutionTimer.OUTCOME);
    }

    /** A lead to resolve: its keys, its instant, its stored fields, and the properties to create it with (or null). */
    private record Pending(LeadKeys keys, Instant createdAt, Function<String, String> field, Map<String, Object> props) {
    }

    @PreDestroy
    void stop() {
        readAheads.close();
    }

    @Override
    public void refresh(TransactionContext tx, ChangeSet changes) {
        readAheads.written(changes);
        Set<String> ids = new HashSet<>(changes.leadIds());
        ids.removeAll(changes.leadsResolved());
        if (ids.isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        List<Record> leads = tx.run(graph.cypher().get("queries/lead/unresolved-leads"),
                Map.of("ids", List.copyOf(ids))).list();
        long readBackDone = readBack.since(start);
        if (leads.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        ScoringModel model = models.activeAt(tx, now);
        List<Pending> pending = new ArrayList<>();
        for (Record lead : leads) { // oldest first, as unresolved-leads returns them
            Function<String, String> field = name -> lead.get(name).asString(null);
            pending.add(new Pending(LeadKeysReader.of(lead.get("id").asString(), field, model),
                    lead.get("createdAt").asZonedDateTime().toInstant(), field, null));
        }
        resolveAndStore(tx, pending, model, Duplicates.Batch.stored(), NOT_READ_AHEAD, now, readBackDone);
    }

    @Override
    public void committed(ChangeSet changes) {
        readAheads.written(changes);
    }

    @Override
    public void write(TransactionContext tx, List<Map<String, Object>> rows, ReadAhead ahead) {
        long start = System.nanoTime();
        Instant now = clock.instant();
        ScoringModel model = models.activeAt(tx, now);
        List<Pending> pending = new ArrayList<>();
        Map<String, String> statuses = new HashMap<>();
        for (Map<String, Object> row : rows) {
            String id = (String) row.get("id");
            Map<String, Object> props = props(row);
            Object created = props.get("createdAt");
            Function<String, String> field = fields(row);
            pending.add(new Pending(LeadKeysReader.of(id, field, model),
                    created == null ? now : ((ZonedDateTime) created).toInstant(), field, props));
            statuses.put(id, (String) props.get("status"));
        }
        pending.sort(OLDEST_FIRST);
        Supplier<CandidatesLookup.EntityCandidates> readAhead = ahead instanceof EntityReadAheads.Handle handle
                ? () -> handle.takeFor(model) : NOT_READ_AHEAD;
        resolveAndStore(tx, pending, model, Duplicates.Batch.unstored(statuses), readAhead, now, start);
    }

    @Override
    public ReadAhead readAhead(Supplier<List<Map<String, Object>>> rows) {
        Instant now = clock.instant();
        return readAheads.begin(tx -> {
            ScoringModel model = models.activeAt(tx, now);
            List<LeadKeys> keys = rows.get().stream()
                    .map(row -> LeadKeysReader.of((String) row.get("id"), fields(row), model)).toList();
            return new EntityReadAheads.Read(model.version(),
                    new CandidatesLookup(tx, graph.cypher()).entitiesAndNames(keys, model.lead().resolution()));
        });
    }

    /** A new lead row's fields: the properties it is to be created with. */
    private static Function<String, String> fields(Map<String, Object> row) {
        Map<String, Object> props = props(row);
        return name -> (String) props.get(name);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> props(Map<String, Object> row) {
        return (Map<String, Object>) row.get("props");
    }

    /**
     * Resolves {@code pending} (oldest first) and writes the outcome; {@code readAhead} gives their entity and name steps
     * or null; {@code since} is when this step's timer starts.
     */
    private void resolveAndStore(TransactionContext tx, List<Pending> pending, ScoringModel model,
            Duplicates.Batch batch, Supplier<CandidatesLookup.EntityCandidates> readAhead, Instant now, long since) {
        List<LeadKeys> keys = new ArrayList<>();
        Map<String, Instant> createdAt = new HashMap<>();
        for (Pending p : pending) {
            keys.add(p.keys());
            createdAt.put(p.keys().leadId(), p.createdAt());
        }
        Map<String, Resolution> resolved = resolve(tx, keys, createdAt, model.lead().resolution(), batch, readAhead);
        long chosen = candidates.since(since);
        List<Map<String, Object>> outcomes = new ArrayList<>();
        for (Pending p : pending) {
            outcomes.add(ResolutionRows.of(p.keys(), resolved.get(p.keys().leadId()), p.field(), p.props()));
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
        return resolve(tx, keys, createdAt, rules, Duplicates.Batch.stored(), NOT_READ_AHEAD);
    }

    private Map<String, Resolution> resolve(TransactionContext tx, List<LeadKeys> keys, Map<String, Instant> createdAt,
            LeadModel.Resolution rules, Duplicates.Batch batch, Supplier<CandidatesLookup.EntityCandidates> readAhead) {
        Map<String, Candidates> candidates = new CandidatesLookup(tx, graph.cypher())
                .read(keys, createdAt, rules, batch, readAhead);
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
