package io.qualgraph.risk;

import io.qualgraph.support.CypherRegistry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.TransactionContext;

/** The stored current risk of legal entities (qgRiskLevel, qgRiskRank, qgRiskFingerprint, qgRiskRegime, qgRiskDay). */
final class RiskStore {

    private RiskStore() {
    }

    /** Fills {@code out} with stored levels valid for {@code day} and {@code regime}; returns the ids it could not fill. */
    static List<String> stored(TransactionContext tx, CypherRegistry cypher, Collection<String> ids, LocalDate day,
            Regime regime, Map<String, RiskLevel> out) {
        List<String> missing = new ArrayList<>();
        Map<String, RiskLevel> found = new HashMap<>();
        tx.run(cypher.get("queries/risk/stored-levels"), Map.of("ids", List.copyOf(ids))).forEachRemaining(r -> {
            boolean fresh = !r.get("day").isNull() && r.get("day").asLocalDate().equals(day)
                    && regime.name().equals(r.get("regime").asString(null)) && !r.get("level").isNull();
            if (fresh) {
                found.put(r.get("id").asString(), RiskLevel.valueOf(r.get("level").asString()));
            } else {
                missing.add(r.get("id").asString());
            }
        });
        out.putAll(found);
        return missing;
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
