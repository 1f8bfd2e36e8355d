package io.qualgraph.entity;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

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
     * The stakes valid on {@code day} in the entity and in every legal entity owning it fewer than {@code depth} stakes
     * away: exactly the stakes a walk of at most {@code depth} stakes can use.
     */
    List<OwnsRow> upward(TransactionContext tx, String id, LocalDate day, int depth) {
        return tx.run(cypher.get("queries/entity/upward-stakes"), Map.of("id", id, "day", day, "depth", depth)).list(OwnsRow::from);
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
