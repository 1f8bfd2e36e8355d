package io.qualgraph.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.qualgraph.support.CypherRegistry;
import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Component;

/** Loads stakes and components inside a caller's transaction, with set-based statements. */
@Component
class StakeReader {

    private final CypherRegistry cypher;

    StakeReader(CypherRegistry cypher) {
        this.cypher = cypher;
    }

    /**
     * The stakes valid on {@code day} in the entity and in every legal entity owning it, breadth first, up to
     * {@code depth - 1} stakes away: exactly the stakes a walk of at most {@code depth} stakes can use.
     */
    List<OwnsRow> upward(TransactionContext tx, String id, LocalDate day, int depth) {
        return upward(id, depth, frontier -> incoming(tx, frontier, day));
    }

    /** The breadth-first upward load over any source of incoming stakes (pure; the oracle tests use it in memory). */
    static List<OwnsRow> upward(String id, int depth, Function<List<String>, List<OwnsRow>> incoming) {
        List<OwnsRow> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>(Set.of(id));
        List<String> frontier = List.of(id);
        for (int round = 0; round < depth && !frontier.isEmpty(); round++) {
            List<String> next = new ArrayList<>();
            for (OwnsRow row : incoming.apply(frontier)) {
                rows.add(row);
                if (!row.ownerIsPerson() && seen.add(row.ownerId())) {
                    next.add(row.ownerId());
                }
            }
            frontier = next;
        }
        return rows;
    }

    List<OwnsRow> incoming(TransactionContext tx, Collection<String> ids, LocalDate day) {
        return tx.run(cypher.get("queries/entity/incoming-stakes"), Map.of("ids", List.copyOf(ids), "day", day))
                .list(OwnsRow::from);
    }

    /** Entity ids connected to {@code id} by entity-to-entity stakes valid on {@code day} (null day: at any time). */
    List<String> component(TransactionContext tx, String id, LocalDate day) {
        if (day == null) {
            return tx.run(cypher.get("queries/entity/component-all-time"), Map.of("id", id)).list(r -> r.get("id").asString());
        }
        return tx.run(cypher.get("queries/entity/component-on-day"), Map.of("id", id, "day", day))
                .list(r -> r.get("id").asString());
    }

    /** Every entity-to-entity stake (any time) held in one of {@code ids}. */
    List<OwnsRow> entityStakesIn(TransactionContext tx, Collection<String> ids) {
        return tx.run(cypher.get("queries/entity/entity-stakes-among"), Map.of("ids", List.copyOf(ids))).list(OwnsRow::from);
    }

    static List<Holding> validOn(List<OwnsRow> rows, LocalDate day) {
        return rows.stream().filter(r -> r.validOn(day)).map(OwnsRow::holding).toList();
    }
}
