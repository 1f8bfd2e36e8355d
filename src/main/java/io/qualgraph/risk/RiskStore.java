package io.qualgraph.risk;

import io.qualgraph.support.CypherRegistry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.types.MapAccessor;

/** The stored current risk of legal entities (qgRiskLevel, qgRiskRank, qgRiskFingerprint, qgRiskRegime, qgRiskDay). */
final class RiskStore {

    private RiskStore() {
    }

    /** Fills {@code out} with stored levels valid for {@code day} and {@code regime}; returns the ids it could not fill. */
    static List<String> stored(TransactionContext tx, CypherRegistry cypher, Collection<String> ids, LocalDate day,
            Regime regime, Map<String, RiskLevel> out) {
        List<String> missing = new ArrayList<>();
        Map<String, RiskLevel> found = new HashMap<>();
        tx.run(cypher.get("queries/risk/stored-levels"), Map.of("ids", List.copyOf(ids))).forEachRemaining(r -> fresh(r, day, regime)
                .ifPresentOrElse(level -> found.put(r.get("id").asString(), level), () -> missing.add(r.get("id").asString())));
        out.putAll(found);
        return missing;
    }

    /**
     * The stored level in {@code stored} (columns level, day, regime) when it was computed for {@code day} under
     * {@code regime}; empty when it must be computed again.
     */
    static Optional<RiskLevel> fresh(MapAccessor stored, LocalDate day, Regime regime) {
        String level = stored.get("level").asString(null);
        boolean holds = level != null && !stored.get("day").isNull() && day.equals(stored.get("day").asLocalDate())
                && regime.name().equals(stored.get("regime").asString(null));
        return holds ? Optional.of(RiskLevel.valueOf(level)) : Optional.empty();
    }

    /** Writes the assessments as the current stored risk for {@code day}; returns how many entities were written. */
    static long write(TransactionContext tx, CypherRegistry cypher, Collection<Assessment> assessments, LocalDate day) {
        List<Map<String, Object>> rows = new ArrayList<>(assessments.size());
        for (Assessment a : assessments) {
            rows.add(Map.of("id", a.id(), "level", a.level().name(), "rank", a.level().ordinal(),
                    "fingerprint", a.fingerprint(), "regime", a.regime().name()));
        }
        long written = 0;
        for (int from = 0; from < rows.size(); from += 10_000) {
            List<Map<String, Object>> batch = rows.subList(from, Math.min(rows.size(), from + 10_000));
            written += tx.run(cypher.get("queries/risk/write-levels"), Map.of("rows", batch, "day", day))
                    .single().get("written").asLong();
        }
        return written;
    }
}
