package io.qualgraph.risk;

import java.util.Comparator;
import java.util.List;

/** The computed risk of one entity on one day: level, regime, and every evidence item above NONE (most severe first). */
public record Assessment(String id, RiskLevel level, Regime regime, List<Evidence> evidence) {

    public Assessment {
        evidence = evidence.stream().sorted(Comparator.comparing(Evidence::level).reversed()).toList();
    }

    static Assessment of(String id, Regime regime, List<Evidence> evidence) {
        RiskLevel level = evidence.stream().map(Evidence::level).reduce(RiskLevel.NONE, RiskLevel::max);
        return new Assessment(id, level, regime, evidence);
    }

    /** A stable digest of level and evidence: equal exactly when a reviewer would be looking at the same facts. */
    public String fingerprint() {
        StringBuilder text = new StringBuilder(level.name());
        evidence.stream().map(e -> e.rule() + "|" + e.subject() + "|" + e.detail() + "|" + e.path()).sorted()
                .forEach(line -> text.append('\n').append(line));
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(hash, 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
