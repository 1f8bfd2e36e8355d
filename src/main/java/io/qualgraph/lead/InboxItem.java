package io.qualgraph.lead;

import java.time.Instant;

import io.qualgraph.risk.RiskLevel;
import io.qualgraph.scoring.LeadSource;
import io.qualgraph.scoring.LeadStatus;
import io.qualgraph.scoring.Outcome;
import io.qualgraph.scoring.Route;
import io.qualgraph.scoring.Tier;

/** One lead in the inbox: who, from where, its decision (outcome, route, contactBy, score), stage and account. */
public record InboxItem(String leadId, String name, String email, String company, LeadSource source, LeadStatus status,
        Instant createdAt, LeadStage stage, Outcome outcome, Route route, Instant contactBy, double score,
        String accountId, Tier tier, RiskLevel riskLevel, Instant recheckAt, Instant decidedAt, String duplicateOf) {
}
