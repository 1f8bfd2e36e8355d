package io.qualgraph.lead;

import java.time.Instant;
import java.util.List;

import io.qualgraph.scoring.LeadSource;
import io.qualgraph.scoring.LeadStatus;

/**
 * A lead as stored: its own fields, what resolution found, the decision stored when it was last evaluated, and the
 * sales decisions recorded on it (oldest first).
 */
record LeadRow(String id, String contactId, String email, String name, String title, String seniority,
        String department, String phone, String company, String website, String country, String lei, LeadSource source,
        Instant createdAt, LeadStatus status, LeadSignals.Answers answers, String attributes, Match match,
        String duplicateOf, Instant mqlAt, List<SalesDecision> decisions) {

    /** One recorded sales decision and the stage it moved the lead to. */
    record SalesDecision(String id, SalesDecisionType decision, LeadStage stage, Instant at, String by, String reason,
            String opportunity) {
    }

    /** The decisions recorded at or before {@code asOf}. */
    List<SalesDecision> decisionsAt(Instant asOf) {
        return decisions.stream().filter(d -> !d.at().isAfter(asOf)).toList();
    }
}
