package io.qualgraph.risk;

import io.qualgraph.support.ChangeSet;
import io.qualgraph.support.CypherRegistry;
import io.qualgraph.support.Maintainer;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.neo4j.driver.TransactionContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Keeps the stored current risk (qgRisk* on legal entities, configured regime, today) right inside every write:
 * the changed parties and every entity they own today, at any depth, are re-assessed from their upward subgraph.
 * Runs after the family maintainer.
 */
@Component
@Order(20)
public class RiskMaintainer implements Maintainer {

    private final RiskService risk;
    private final RiskLoader loader;
    private final RiskProperties properties;
    private final CypherRegistry cypher;

    RiskMaintainer(RiskService risk, RiskLoader loader, RiskProperties properties, CypherRegistry cypher) {
        this.risk = risk;
        this.loader = loader;
        this.properties = properties;
        this.cypher = cypher;
    }

    @Override
    public void refresh(TransactionContext tx, ChangeSet changes) {
        Set<String> changed = new HashSet<>(changes.entityIds());
        changed.addAll(changes.personIds());
        if (!changed.isEmpty()) {
            refresh(tx, changed, risk.today());
        }
    }

    /** Re-assesses the parties and their descendants on {@code day}; returns how many entities were written. */
    public long refresh(TransactionContext tx, Set<String> parties, LocalDate day) {
        Set<String> affected = loader.descendants(tx, parties, day, properties.maxDepth());
        affected.addAll(parties);
        var assessments = risk.assessAll(tx, affected, day, risk.configuredRegime());
        return RiskStore.write(tx, cypher, assessments.values(), day);
    }
}
