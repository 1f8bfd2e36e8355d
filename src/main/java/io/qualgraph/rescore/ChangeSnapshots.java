package io.qualgraph.rescore;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.qualgraph.accounts.AccountAnswer;
import io.qualgraph.accounts.CurrentAnswers;
import io.qualgraph.support.Graph;
import org.neo4j.driver.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Stores a snapshot of every account whose tier or outcome differs from its latest snapshot (or that has none) when the
 * ranked list computes the current answers: history between daily runs, at the moments the decision changed. The
 * comparison and the write run on a background thread, so that the list read does not wait for them.
 */
@Component
class ChangeSnapshots implements CurrentAnswers, DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(ChangeSnapshots.class);

    private final Graph graph;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "change-snapshots");
        thread.setDaemon(true);
        return thread;
    });

    ChangeSnapshots(Graph graph, Clock clock) {
        this.graph = graph;
        this.clock = clock;
    }

    @Override
    public void computed(List<AccountAnswer> answers) {
        if (!answers.isEmpty()) {
            worker.execute(() -> store(answers));
        }
    }

    /** Compares with the latest snapshots and stores the changed ones; returns how many it stored. */
    int store(List<AccountAnswer> answers) {
        try {
            Map<String, Record> latest = new HashMap<>();
            graph.query("queries/scoring/latest-snapshots", Map.of("accountIds",
                    answers.stream().map(AccountAnswer::accountId).toList()), r -> r)
                    .forEach(r -> latest.put(r.get("accountId").asString(), r));
            List<Map<String, Object>> changed = answers.stream().filter(a -> changed(a, latest.get(a.accountId())))
                    .map(a -> {
                        Map<String, Object> row = Rescore.row(a);
                        row.put("modelVersion", a.modelVersion());
                        return row;
                    }).toList();
            if (changed.isEmpty()) {
                return 0;
            }
            AccountAnswer first = answers.get(0);
            graph.write(tx -> tx.run(graph.cypher().get("queries/scoring/insert-change-snapshots"), Map.of(
                    "asOf", first.asOf().atZone(ZoneOffset.UTC), "runAt", clock.instant().atZone(ZoneOffset.UTC),
                    "rows", changed)).consume());
            return changed.size();
        } catch (RuntimeException e) {
            LOG.warn("Could not store the snapshots of changed accounts: {}", e.getMessage());
            return 0;
        }
    }

    private static boolean changed(AccountAnswer answer, Record latest) {
        return latest == null || !answer.tier().name().equals(latest.get("tier").asString(null))
                || !answer.outcome().name().equals(latest.get("outcome").asString(null));
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
