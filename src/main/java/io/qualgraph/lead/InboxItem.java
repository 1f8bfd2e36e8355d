package io.qualgraph.lead;

import java.time.Instant;

/** One lead in the inbox: who, from where, its decision (outcome, route, contactBy, score), stage and account. */
public record InboxItem(String leadId, String name, String email, String company, String source, String status,
        Instant createdAt, String stage, String outcome, String route, Instant contactBy, double score,
        String accountId, String tier, String riskLevel, Instant recheckAt, Instant decidedAt, String duplicateOf) {
}
