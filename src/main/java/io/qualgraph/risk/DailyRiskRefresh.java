package io.qualgraph.risk;

import java.util.Map;
import java.util.Set;

import io.qualgraph.support.ChangeSet;
import io.qualgraph.support.Graph;
import io.qualgraph.support.Maintainers;
import io.qualgraph.support.StartupGate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the stored current risk levels (and with them the review queue) right when only time passes: a listing that
 * starts or ends, or a stake that ends, changes levels without any write. Every few minutes it looks for a level stored
 * for another day or regime and, when it finds one, recomputes every level (seconds for 100,000 entities) and tells
 * every maintainer, as a write of flags would (a kept ranked list then shows the new levels).
 */
@Component
class DailyRiskRefresh {

    private static final Logger log = LoggerFactory.getLogger(DailyRiskRefresh.class);

    private final Graph graph;
    private final RiskRecompute recompute;
    private final RiskService risk;
    private final Maintainers maintainers;
    private final StartupGate started;

    DailyRiskRefresh(Graph graph, RiskRecompute recompute, RiskService risk, Maintainers maintainers,
            StartupGate started) {
        this.started = started;
        this.graph = graph;
        this.recompute = recompute;
        this.risk = risk;
        this.maintainers = maintainers;
    }

    @Scheduled(initialDelayString = "${qualgraph.refresh.initial-delay:PT30S}", fixedDelayString = "${qualgraph.refresh.every:PT5M}")
    void refreshWhenStale() {
        if (!started.isOpen()) {
            return;
        }
        boolean stale = !graph.query("queries/risk/stale-level", Map.of("day", risk.today(), "regime",
                risk.configuredRegime().name()), r -> r.get("id").asString()).isEmpty();
        if (stale) {
            RiskRecompute.Result r = recompute.all();
            log.info("Stored risk levels recomputed for {}: {} entities ({} blocked) in {} ms", risk.today(), r.entities(),
                    r.blocked(), r.loadMillis() + r.computeMillis() + r.writeMillis());
            ChangeSet levelsChanged = new ChangeSet(Set.of(), Set.of(), false, true);
            maintainers.committed(levelsChanged);
        }
    }
}
