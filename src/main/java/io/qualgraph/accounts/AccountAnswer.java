package io.qualgraph.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.qualgraph.contact.CommitteeRole;
import io.qualgraph.risk.RiskLevel;
import io.qualgraph.scoring.Grade;
import io.qualgraph.scoring.Outcome;
import io.qualgraph.scoring.Reason;
import io.qualgraph.scoring.Route;
import io.qualgraph.scoring.Tier;

/**
 * The qualification of one account as the API returns it: score and grade, tier, outcome, route, the risk
 * gate, the committee, and the reasons (their points add up to {@code score}; zero-point rows explain the gate
 * and the tier).
 */
public record AccountAnswer(String accountId, String accountName, double score, Grade grade, Tier tier,
        Outcome outcome, Route route, RiskLevel riskLevel, Instant recheckAt, boolean tierHeld, String modelVersion,
        Instant asOf, double fitPoints, double engagementPoints, int engagedContacts, Committee committee,
        List<Reason> reasons) {

    /** Required roles covered (with their contacts) and missing, on the family's open opportunities. */
    public record Committee(Map<CommitteeRole, List<String>> covered, List<CommitteeRole> missing) {
    }

    /** The same answer without its reasons, for ranked lists. */
    public AccountAnswer withoutReasons() {
        return new AccountAnswer(accountId, accountName, score, grade, tier, outcome, route, riskLevel, recheckAt,
                tierHeld, modelVersion, asOf, fitPoints, engagementPoints, engagedContacts, committee, null);
    }
}
