package io.qualgraph.risk;

import io.qualgraph.support.Graph;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;

/** Full recompute of the stored current risk of every legal entity: one load, one pure pass, batched writes. */
@Service
public class RiskRecompute {

    /** What a full recompute did and how long each part took. */
    public record Result(long entities, long blocked, long loadMillis, long computeMillis, long writeMillis) {
    }

    private final Graph graph;
    private final RiskLoader loader;
    private final RiskService risk;

    RiskRecompute(Graph graph, RiskLoader loader, RiskService risk) {
        this.graph = graph;
        this.loader = loader;
        this.risk = risk;
    }

    /** Recomputes and stores today's level of every legal entity under the configured regime. */
    public Result all() {
        LocalDate day = risk.today();
        return graph.write(tx -> {
            long t0 = System.nanoTime();
            RiskGraph g = loader.all(tx, day);
            long t1 = System.nanoTime();
            List<String> entities = g.parties().values().stream().filter(p -> !p.person()).map(RiskGraph.Party::id).toList();
            var assessments = RiskRules.assess(g, entities, day, risk.configuredRegime(), risk.settings());
            long t2 = System.nanoTime();
            long written = RiskStore.write(tx, graph.cypher(), assessments.values(), day);
            long t3 = System.nanoTime();
            long blocked = assessments.values().stream().filter(a -> a.level() == RiskLevel.BLOCKED).count();
            return new Result(written, blocked, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000);
        });
    }
}
