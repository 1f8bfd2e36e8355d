package io.qualgraph.lead;

import java.time.Instant;

/**
 * One entry of a lead's history: a stage it reached ({@code kind} STAGE, {@code value} the stage; NEW and MQL are
 * computed, by {@code qualgraph}) or a sales decision ({@code kind} DECISION, {@code value} the decision, with the stage
 * it moved to and, for CONVERT, the opportunity).
 */
public record LeadHistoryEntry(Instant at, Kind kind, String value, String by, String reason, LeadStage stage,
        String opportunity) {

    /** What an entry records. */
    public enum Kind {
        STAGE, DECISION
    }

    static LeadHistoryEntry stage(Instant at, LeadStage stage, String by, String reason) {
        return new LeadHistoryEntry(at, Kind.STAGE, stage.name(), by, reason, stage, null);
    }

    static LeadHistoryEntry decision(LeadRow.SalesDecision d) {
        return new LeadHistoryEntry(d.at(), Kind.DECISION, d.decision().name(), d.by(), d.reason(), d.stage(),
                d.opportunity());
    }
}
