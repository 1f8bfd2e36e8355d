package io.qualgraph.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.qualgraph.support.CypherRegistry;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Component;

/**
 * Loads stakes and components inside a caller's transaction: upward in one statement (a pruning breadth-first
 * expansion) trimmed to the depth here, components breadth first with one set-based statement per round, so that every
 * walk is bounded by the depth (upward) or by the component's diameter, whatever cycles it contains.
 */
@Component
class StakeReader {

    private final CypherRegistry cypher;

    StakeReader(CypherRegistry cypher) {
        this.cypher = cypher;
    }

    /**
     * The stakes valid on {@code day} in the entity and in every legal entity owning it fewer than {@code depth} stakes
     * away: exactly the stakes a walk of at most {@code depth} stakes can use. Reads the structure statement with empty
     * holding and family lists.
     */
    List<OwnsRow> upward(TransactionContext tx, String id, LocalDate day, int depth) {
        Record row = tx.run(cypher.get("queries/entity/structure"), Map.of("id", id, "day", day, "holdingLimit", 0,
                "familyLimit", 0)).list().stream().findFirst().orElse(null);
        return row == null ? List.of() : reached(id, row.get("upward").asList(OwnsRow::from), depth);
    }

    /**
     * Of {@code candidates} (stakes valid on one day, held in {@code id} and in entities above it), those a breadth-first
     * walk up from {@code id} meets within {@code depth} rounds: the stakes held in entities fewer than {@code depth}
     * valid stakes away. Stakes closing a cycle are kept; persons are never walked through.
     */
    static List<OwnsRow> reached(String id, List<OwnsRow> candidates, int depth) {
        Map<String, List<OwnsRow>> into = new HashMap<>();
        candidates.forEach(r -> into.computeIfAbsent(r.ownedId(), k -> new ArrayList<>()).add(r));
        List<OwnsRow> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>(Set.of(id));
        List<String> frontier = List.of(id);
        for (int round = 0; round < depth && !frontier.isEmpty(); round++) {
            List<String> next = new ArrayList<>();
            for (String owned : frontier) {
                for (OwnsRow row : into.getOrDefault(owned, List.of())) {
                    rows.add(row);
                    if (!row.ownerIsPerson() && seen.add(row.ownerId())) {
                        next.add(row.ownerId());
                    }
                }
            }
            frontier = next;
        }
        return rows;
    }

    /** Entity ids connected to {@code id} by entity-to-entity stakes valid on {@code day} (null day: at any time). */
    List<String> component(TransactionContext tx, String id, LocalDate day) {
        if (tx.run(cypher.get("queries/entity/entity-membership"), Map.of("id", id)).list().isEmpty()) {
            return List.of();
        }
        Set<String> seen = new LinkedHashSet<>(List.of(id));
        List<String> frontier = List.of(id);
        String name = day == null ? "queries/entity/neighbours" : "queries/entity/neighbours-on-day";
        while (!frontier.isEmpty()) {
            Map<String, Object> parameters = new HashMap<>(Map.of("ids", frontier));
            if (day != null) {
                parameters.put("day", day);
            }
            List<String> next = new ArrayList<>();
            tx.run(cypher.get(name), parameters).list(r -> r.get("id").asString()).forEach(n -> {
                if (seen.add(n)) {
                    next.add(n);
                }
            });
            frontier = next;
        }
        return new ArrayList<>(seen);
    }

    /** Every entity-to-entity stake (any time) held in one of {@code ids}. */
    List<OwnsRow> entityStakesIn(TransactionContext tx, Collection<String> ids) {
        return tx.run(cypher.get("queries/entity/entity-stakes-among"), Map.of("ids", List.copyOf(ids))).list(OwnsRow::from);
    }

    static List<Holding> validOn(List<OwnsRow> rows, LocalDate day) {
        return rows.stream().filter(r -> r.validOn(day)).map(OwnsRow::holding).toList();
    }
}
