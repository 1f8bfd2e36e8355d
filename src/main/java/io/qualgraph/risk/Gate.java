package io.qualgraph.risk;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the risk gate of an account reads about its most severe member at one instant: the level, the day the
 * evidence at that level began (null when the graph gives no date), and the last review decision made by then, with
 * whether it was made on exactly this evidence.
 */
public record Gate(String entityId, RiskLevel level, LocalDate since, Review decision, boolean current) {

    /** A gate with no finding: level NONE, nothing to review. */
    public static Gate none(String entityId) {
        return new Gate(entityId, RiskLevel.NONE, null, null, false);
    }

    /** The last decision made on the current evidence, when it is {@code kind}. */
    public boolean decided(Review.Decision kind) {
        return current && decision != null && decision.decision() == kind;
    }

    /** When the decision or, without one, the evidence began: the day a recheck counts from; null when unknown. */
    public Instant anchor() {
        if (current && decision != null) {
            return decision.at();
        }
        return since == null ? null : since.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    }
}
