package io.qualgraph.rescore;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.qualgraph.accounts.AccountAnswer;
import io.qualgraph.accounts.AccountQualification;
import io.qualgraph.accounts.ScoringSettings;
import io.qualgraph.support.Graph;
import org.springframework.stereotype.Service;

/** Re-scores every account in set-based batches and stores one snapshot per account, so history can be listed. */
@Service
public class Rescore {

    /**
     * What a run did: its id, instant, model, how many accounts, when its snapshots were stored and how long it took
     * ({@code millis} is null for a run read back from the graph, which does not record it).
     */
    public record Run(String id, Instant asOf, String modelVersion, int accounts, Instant storedAt, Long millis) {
    }

    private final AccountQualification qualification;
    private final ScoringSettings settings;
    private final Graph graph;
    private final Clock clock;

    Rescore(AccountQualification qualification, ScoringSettings settings, Graph graph, Clock clock) {
        this.qualification = qualification;
        this.settings = settings;
        this.graph = graph;
        this.clock = clock;
    }

    /** Scores every account as of now and stores the run under {@code id}; {@code progress} hears how far it is. */
    public Run run(String id, AccountQualification.Progress progress) {
        return run(id, SnapshotTrigger.RESCORE, progress);
    }

    /** As {@link #run(String, AccountQualification.Progress)}, the run and its snapshots marked with {@code trigger}. */
    public Run run(String id, SnapshotTrigger trigger, AccountQualification.Progress progress) {
        long started = System.nanoTime();
        Instant asOf = clock.instant();
        List<AccountAnswer> answers = qualification.all(asOf, settings.batchSize(), progress);
        String model = answers.isEmpty() ? null : answers.get(0).modelVersion();
        Map<String, Object> run = new HashMap<>();
        run.put("id", id);
        run.put("asOf", asOf.atZone(ZoneOffset.UTC));
        Instant storedAt = clock.instant();
        run.put("runAt", storedAt.atZone(ZoneOffset.UTC));
        run.put("modelVersion", model);
        run.put("accounts", answers.size());
        run.put("trigger", trigger.name());
        List<Map<String, Object>> rows = answers.stream().map(Rescore::row).toList();
        graph.write(tx -> tx.run(graph.cypher().get("queries/scoring/insert-snapshots"),
                Map.of("run", run, "rows", rows)).consume());
        return new Run(id, asOf, model, answers.size(), storedAt, (System.nanoTime() - started) / 1_000_000);
    }

    /** A snapshot's fields of one answer. */
    static Map<String, Object> row(AccountAnswer a) {
        Map<String, Object> row = new HashMap<>();
        row.put("accountId", a.accountId());
        row.put("accountName", a.accountName());
        row.put("score", a.score());
        row.put("grade", a.grade().name());
        row.put("tier", a.tier().name());
        row.put("outcome", a.outcome().name());
        row.put("route", a.route().name());
        row.put("riskLevel", a.riskLevel().name());
        row.put("tierHeld", a.tierHeld());
        row.put("recheckAt", a.recheckAt() == null ? null : a.recheckAt().atZone(ZoneOffset.UTC));
        return row;
    }

    /** The stored runs, newest first, at most {@code limit}. */
    public List<Run> storedRuns(int limit) {
        return read(null, limit);
    }

    /** The stored run {@code id}, if there is one. */
    public Optional<Run> stored(String id) {
        return read(id, 1).stream().findFirst();
    }

    private List<Run> read(String id, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", id);
        parameters.put("limit", limit);
        return graph.query("queries/scoring/score-runs", parameters, r -> new Run(r.get("id").asString(),
                r.get("asOf").asZonedDateTime().toInstant(), r.get("modelVersion").asString(null),
                r.get("accounts").asInt(), r.get("runAt").asZonedDateTime().toInstant(), null));
    }

    /** The stored snapshots of one account taken in [{@code from}, {@code to}], newest first, at most {@code limit}. */
    public List<ScoreSnapshot> history(String accountId, Instant from, Instant to, int limit) {
        return graph.query("queries/scoring/account-history", Map.of("accountId", accountId,
                "from", from.atZone(ZoneOffset.UTC), "to", to.atZone(ZoneOffset.UTC), "limit", limit), ScoreSnapshot::of);
    }
}
