package io.qualgraph.entity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.qualgraph.support.ChangeSet;
import io.qualgraph.support.Graph;
import io.qualgraph.support.Maintainers;
import io.qualgraph.support.StartupGate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Recomputes the maintained family membership of components whose validity window has passed (a stake's since or
 * until date came without a write), so that reads of today go back to the one-statement path (ADR 0004), and tells
 * every maintainer, as a write of stakes would (a kept ranked list then regroups its accounts).
 */
@Component
class DailyFamilyRefresh {

    private static final Logger log = LoggerFactory.getLogger(DailyFamilyRefresh.class);

    private final Graph graph;
    private final FamilyMaintainer maintainer;
    private final Clock clock;
    private final Maintainers maintainers;
    private final StartupGate started;

    DailyFamilyRefresh(Graph graph, FamilyMaintainer maintainer, Clock clock, Maintainers maintainers,
            StartupGate started) {
        this.started = started;
        this.graph = graph;
        this.maintainer = maintainer;
        this.clock = clock;
        this.maintainers = maintainers;
    }

    @Scheduled(initialDelayString = "${qualgraph.refresh.initial-delay:PT30S}", fixedDelayString = "${qualgraph.refresh.every:PT5M}")
    void refreshStaleMemberships() {
        if (!started.isOpen()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        TreeSet<String> stale = new TreeSet<>(graph.query("queries/entity/stale-memberships", Map.of("day", today),
                r -> r.get("id").asString()));
        if (!stale.isEmpty()) {
            int written = graph.write(tx -> maintainer.refresh(tx, stale));
            log.info("Family membership refreshed for {}: {} entities whose window had passed, {} written", today,
                    stale.size(), written);
            ChangeSet familiesChanged = new ChangeSet(stale, Set.of(), true, false);
            maintainers.committed(familiesChanged);
        }
    }
}
