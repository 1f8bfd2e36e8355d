package io.qualgraph.lead;

import java.util.List;
import java.util.Map;

import io.qualgraph.support.ChangeSet;
import io.qualgraph.support.Graph;
import io.qualgraph.support.Maintainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Re-decides leads after a committed write, as the ranked account list follows writes (ADR 0008): a new engagement,
 * contact, opportunity or intent re-decides the leads of the families it touches at once (up to a bound; beyond it those
 * leads are marked stale); a changed party, stake or flag reaches through ownership, so every lead is marked stale and
 * re-decided before the inbox or funnel reads it next. A lead the write created or changed was marked stale by the write
 * itself ({@code cypher/ingest/leads.cypher}): its writer decides it, or the next inbox read does.
 */
@Component
@Order(110)
class LeadFollower implements Maintainer {

    private static final Logger log = LoggerFactory.getLogger(LeadFollower.class);
    private static final int DECIDE_AT_ONCE = 500;
    /** Beyond this many touched leads, every evaluated lead is marked stale rather than each by id. */
    private static final int MARK_BY_ID = 200_000;

    private final Graph graph;
    private final LeadRefresh refresh;

    LeadFollower(Graph graph, LeadRefresh refresh) {
        this.graph = graph;
        this.refresh = refresh;
    }

    @Override
    public void committed(ChangeSet changes) {
        try {
            follow(changes);
        } catch (RuntimeException e) {
            log.warn("Could not re-decide leads after a write; they are re-decided on the next inbox read", e);
        }
    }

    private void follow(ChangeSet changes) {
        if (changes.reachesBeyondTouched()) {
            refresh.markStale(null);
            return;
        }
        if (changes.contactIds().isEmpty() && changes.entityIds().isEmpty()) {
            return;
        }
        List<String> touched = graph.query("queries/lead/leads-touched", Map.of("contactIds",
                List.copyOf(changes.contactIds()), "entityIds", List.copyOf(changes.entityIds()),
                "limit", MARK_BY_ID + 1), r -> r.get("id").asString());
        List<String> others = touched.stream().filter(id -> !changes.leadIds().contains(id)).toList();
        if (others.size() > MARK_BY_ID) {
            refresh.markStale(null);
        } else if (others.size() > DECIDE_AT_ONCE) {
            refresh.markStale(others);
        } else {
            refresh.evaluateNow(others);
        }
    }
}
