package io.qualgraph.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.qualgraph.scoring.CommitteeRole;
import io.qualgraph.risk.RiskLevel;
import io.qualgraph.scoring.Grade;
import io.qualgraph.scoring.Outcome;
import io.qualgraph.scoring.Reason;
import io.qualgraph.scoring.ReasonSummary;
import io.qualgraph.scoring.Route;
import io.qualgraph.scoring.Tier;

/**
 * The qualification of one account as the API returns it: score and grade, tier, outcome, route, the risk
 * gate, the committee, the reasons (their points add up to {@code score}; zero-point rows explain the gate
 * and the tier), their summary (the few groups of rows that weigh most, with names) and the people the reasons and
 * the committee name, by contact id.
 */
public record AccountAnswer(String accountId, String accountName, double score, Grade grade, Tier tier,
        Outcome outcome, Route route, RiskLevel riskLevel, Instant recheckAt, boolean tierHeld, String modelVersion,
        Instant asOf, double fitPoints, double engagementPoints, int engagedContacts, Committee committee,
        List<Reason> reasons, Map<String, ReasonSummary.Person> people) {

    /** Required roles covered (with their contacts) and missing, on the family's open opportunities. */
    public record Committee(Map<CommitteeRole, List<String>> covered, List<CommitteeRole> missing) {
    }

    /** The same answer without its reasons and people, for ranked lists. */
    public AccountAnswer withoutReasons() {
        return new AccountAnswer(accountId, accountName, score, grade, tier, outcome, route, riskLevel, recheckAt,
                tierHeld, modelVersion, asOf, fitPoints, engagementPoints, engagedContacts, committee, null, null);
    }

    /** The score by part (fit, engagement, committee, intent, other), adding up to it; none without reasons. */
    public List<ReasonSummary.Part> breakdown() {
        return reasons == null ? List.of() : ReasonSummary.breakdown(reasons);
    }

    /** The few groups of reasons that weigh most, with names ({@link ReasonSummary#summarize}); none without reasons. */
    public List<ReasonSummary.Line> summarize() {
        return reasons == null ? List.of() : ReasonSummary.summarize(reasons, people == null ? Map.of() : people);
    }

    /**
     * The same answer with each contact's events of one type in one reason row ({@link ReasonSummary#condensed}):
     * the default answer, small however much a family engaged; the rows still add up to the score.
     */
    public AccountAnswer condensed() {
        return new AccountAnswer(accountId, accountName, score, grade, tier, outcome, route, riskLevel, recheckAt,
                tierHeld, modelVersion, asOf, fitPoints, engagementPoints, engagedContacts, committee,
                reasons == null ? null : ReasonSummary.condensed(reasons, people == null ? Map.of() : people), people);
    }
}
