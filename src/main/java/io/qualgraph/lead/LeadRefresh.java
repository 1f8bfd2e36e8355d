package io.qualgraph.lead;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.qualgraph.scoringmodels.ScoringModels;
import io.qualgraph.support.Graph;
import org.springframework.stereotype.Component;

/**
 * Keeps the stored lead decisions the inbox and the funnel read up to date: leads never evaluated, marked stale by a
 * write, past their {@code recheckAt} or decided by another model are evaluated again, in batches, before a read.
 */
@Component
class LeadRefresh {

    private static final int BATCH = 500;

    private final Graph graph;
    private final LeadEvaluator evaluator;
    private final LeadStore store;
    private final ScoringModels models;
    private final Clock clock;

    LeadRefresh(Graph graph, LeadEvaluator evaluator, LeadStore store, ScoringModels models, Clock clock) {
        this.graph = graph;
        this.evaluator = evaluator;
        this.store = store;
        this.models = models;
        this.clock = clock;
    }

    /**
     * Evaluates every due lead now, in batches of leads of the same families (so each family is scored once); answers
     * how many were evaluated.
     */
    synchronized long refreshDue() {
        Instant now = clock.instant();
        String model = models.activeAt(now).version();
        long done = 0;
        Set<String> evaluated = new HashSet<>();
        while (true) {
            List<String> due = graph.query("queries/lead/due-leads", Map.of("now", now.atZone(ZoneOffset.UTC),
                    "model", model), r -> r.get("id").asString()).stream().filter(id -> !evaluated.contains(id)).toList();
            if (due.isEmpty()) {
                return done; // a lead still due after its evaluation must not loop the read
            }
            evaluated.addAll(due);
            evaluateInBatches(due, now);
            done += due.size();
        }
    }

    /** Evaluates these leads now and stores their decisions. */
    void evaluateNow(List<String> ids) {
        evaluateInBatches(ids, clock.instant());
    }

    private void evaluateInBatches(List<String> ids, Instant now) {
        for (int from = 0; from < ids.size(); from += BATCH) {
            store.save(evaluator.evaluate(ids.subList(from, Math.min(ids.size(), from + BATCH)), now), now);
        }
    }

    /** Marks these leads (null: every evaluated lead) for evaluation before the next inbox or funnel read. */
    void markStale(List<String> ids) {
        Map<String, Object> params = new HashMap<>();
        params.put("ids", ids);
        graph.write(tx -> tx.run(graph.cypher().get("queries/lead/mark-stale"), params).consume());
    }
}
