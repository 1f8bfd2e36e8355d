package io.qualgraph.entity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import io.qualgraph.support.ChangeSet;
import io.qualgraph.support.CypherRegistry;
import io.qualgraph.support.Maintainer;
import org.neo4j.driver.TransactionContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Keeps family membership (qgFamily, qgParent, qgFamilySize, qgHoldingCount, qgValidFrom, qgValidTo on each legal entity) right
 * inside every write: each touched entity's component of entity-to-entity stakes (at any time) is recomputed for
 * today, with the days on which that answer holds (ADR 0004). Runs before the other maintainers, which read families.
 */
@Component
@Order(10)
public class FamilyMaintainer implements Maintainer {

    private final CypherRegistry cypher;
    private final StakeReader reader;
    private final Clock clock;

    FamilyMaintainer(CypherRegistry cypher, StakeReader reader, Clock clock) {
        this.cypher = cypher;
        this.reader = reader;
        this.clock = clock;
    }

    @Override
    public void refresh(TransactionContext tx, ChangeSet changes) {
        refresh(tx, new TreeSet<>(changes.entityIds()));
    }

    /** Recomputes the components of {@code entityIds}; returns how many entities were written. */
    public int refresh(TransactionContext tx, TreeSet<String> entityIds) {
        LocalDate today = LocalDate.now(clock);
        int written = 0;
        while (!entityIds.isEmpty()) {
            String start = entityIds.pollFirst();
            List<String> component = reader.component(tx, start, null);
            component.forEach(entityIds::remove);
            if (!component.isEmpty()) {
                written += write(tx, component, today);
            }
        }
        return written;
    }

    private int write(TransactionContext tx, List<String> component, LocalDate today) {
        List<OwnsRow> rows = reader.entityStakesIn(tx, component);
        ValidityWindow window = ValidityWindow.around(today, rows);
        List<Holding> valid = StakeReader.validOn(rows, today);
        ControlArithmetic.Result result = ControlArithmetic.resolve(component, valid);
        Map<String, Long> sizes = new HashMap<>();
        result.ultimateOf().values().forEach(top -> sizes.merge(top, 1L, Long::sum));
        Map<String, Long> holdings = new HashMap<>();
        valid.forEach(h -> holdings.merge(h.ownerId(), 1L, Long::sum));
        List<Map<String, Object>> out = new ArrayList<>(component.size());
        for (String id : component) {
            String top = result.ultimateOf().get(id);
            Map<String, Object> row = new HashMap<>();
            row.put("id", id);
            row.put("family", top);
            row.put("parent", id.equals(top) ? null : result.parentOf().get(id));
            row.put("size", sizes.get(top));
            row.put("holdings", holdings.getOrDefault(id, 0L));
            row.put("validFrom", window.from());
            row.put("validTo", window.to());
            out.add(row);
        }
        tx.run(cypher.get("queries/entity/write-memberships"), Map.of("rows", out)).consume();
        return out.size();
    }
}
