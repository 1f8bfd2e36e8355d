package io.qualgraph.lead;

import java.time.Instant;

/**
 * One entry of a lead's history: a stage it reached ({@code kind} STAGE; NEW and MQL are computed, by
 * {@code qualgraph}) or a sales decision ({@code kind} DECISION, with the stage it moved to and, for CONVERT, the
 * opportunity).
 */
public record LeadHistoryEntry(Instant at, String kind, String value, String by, String reason, String stage,
        String opportunity) {
}
