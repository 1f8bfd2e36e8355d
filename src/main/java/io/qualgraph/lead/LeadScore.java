package io.qualgraph.lead;

import java.time.Instant;
import java.util.List;

import io.qualgraph.scoring.Reason;

/**
 * A lead's score with its reasons (they add up to {@code score}) and the facts the decision reads: the gates
 * (competitor, student, unsubscribed), the last positive event (null when none) and the seniority used.
 */
record LeadScore(double score, List<Reason> reasons, boolean competitor, boolean student, boolean unsubscribed,
        Instant lastPositive, String domainKind) {
}
