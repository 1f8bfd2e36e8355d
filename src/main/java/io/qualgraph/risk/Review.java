package io.qualgraph.risk;

import java.time.Instant;

/** One recorded review decision (append-only) and the risk level and evidence fingerprint it was made on. */
public record Review(String id, String entityId, Decision decision, String reviewer, Instant at, String reason,
        RiskLevel riskLevel, String riskFingerprint) {

    /** What a reviewer decided about the computed level. */
    public enum Decision {
        /** The computed level is right. */
        CONFIRM,
        /** The reviewer found the finding does not apply; the computed level stays visible next to this decision. */
        CLEAR,
        /** Needs a senior decision; the entity stays in the queue. */
        ESCALATE
    }

    /** Where the review of an entity stands against the risk now computed. */
    public enum Status {
        /** Never reviewed. */
        NONE,
        /** The last decision was made on exactly the current evidence. */
        CURRENT,
        /** The graph changed the evidence since the last decision: the review is open again. */
        STALE
    }

    /** The review part of a risk answer: status, and the last decision if any. */
    public record State(Status status, Review last) {
    }
}
