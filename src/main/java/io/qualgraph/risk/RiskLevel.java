package io.qualgraph.risk;

/** KYC risk, ordered: a later constant is always the more severe. */
public enum RiskLevel {
    NONE, LOW, ELEVATED, HIGH, BLOCKED;

    public RiskLevel max(RiskLevel other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
