package io.qualgraph.lead;

import java.time.Instant;
import java.util.List;

import io.qualgraph.risk.RiskLevel;
import io.qualgraph.scoring.Grade;
import io.qualgraph.scoring.Outcome;
import io.qualgraph.scoring.Reason;
import io.qualgraph.scoring.ReasonSummary;
import io.qualgraph.scoring.Route;
import io.qualgraph.scoring.Tier;

/**
 * A lead's qualification at {@code asOf} as the API answers it (DESIGN §4): what it resolved to, its score with the
 * reasons that add up to it (and their summary: the rules that weigh most, with the lead's name and title), the
 * outcome and route (the account vocabulary), its stage, when to contact it and when to
 * look again, its account, and what is missing that would most change the decision.
 */
public record LeadQualification(String leadId, Instant asOf, String modelVersion, Match match, String contactId,
        String duplicateOf, double score, Grade grade, Outcome outcome, LeadStage stage, Instant mqlAt, Route route,
        Instant contactBy, Instant recheckAt, RiskLevel riskLevel, Account account, List<Reason> reasons,
        List<ReasonSummary.Line> summary, List<Missing> missing) {

    /** The lead's account (the family's ultimate parent) as the account engine scores it at the same instant. */
    public record Account(String accountId, String name, double score, Tier tier, Grade grade, Outcome outcome) {
    }

    /** Something unknown that would change the decision, and how many points it could add at most. */
    public record Missing(String code, String detail, double points) {
    }
}
