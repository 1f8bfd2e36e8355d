package io.qualgraph.lead;

import java.time.Instant;
import java.util.Map;

import io.qualgraph.risk.RiskLevel;
import io.qualgraph.scoring.LeadSource;
import io.qualgraph.scoring.LeadStatus;
import io.qualgraph.scoring.Outcome;
import io.qualgraph.scoring.Route;
import io.qualgraph.scoring.Tier;

/**
 * One lead in the inbox: who, from where, its decision (outcome, route, contactBy, score), stage, how it matched
 * (method and confidence, null when unmatched) and its account by id and name.
 */
public record InboxItem(String leadId, String name, String email, String company, LeadSource source, LeadStatus status,
        Instant createdAt, LeadStage stage, Outcome outcome, Route route, Instant contactBy, double score,
        MatchMethod matchMethod, Double matchConfidence, String accountId, String accountName, Tier tier,
        RiskLevel riskLevel, Instant recheckAt, Instant decidedAt, String duplicateOf) {

    /** This item with its account's name, where it has an account and no name yet. */
    InboxItem named(Map<String, String> accountNames) {
        if (accountId == null || accountName != null || !accountNames.containsKey(accountId)) {
            return this;
        }
        return new InboxItem(leadId, name, email, company, source, status, createdAt, stage, outcome, route, contactBy,
                score, matchMethod, matchConfidence, accountId, accountNames.get(accountId), tier, riskLevel,
                recheckAt, decidedAt, duplicateOf);
    }
}
