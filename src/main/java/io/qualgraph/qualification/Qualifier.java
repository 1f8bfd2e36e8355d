package io.qualgraph.qualification;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import io.qualgraph.risk.Gate;
import io.qualgraph.risk.Review;
import io.qualgraph.risk.RiskLevel;
import io.qualgraph.scoring.AccountScore;
import io.qualgraph.scoring.Grade;
import io.qualgraph.scoring.Outcome;
import io.qualgraph.scoring.Reason;
import io.qualgraph.scoring.Route;
import io.qualgraph.scoring.ScoringModel;
import io.qualgraph.scoring.Tier;

/**
 * Risk first, then tier, outcome and route. BLOCKED disqualifies whatever the score; HIGH holds the tier
 * for compliance review; otherwise the model's tier thresholds and routing decide. Pure.
 */
public final class Qualifier {

    private Qualifier() {
    }

    /** Qualifies {@code score} given the account's risk level at the same {@code asOf}, with no review known. */
    public static Qualification qualify(AccountScore score, RiskLevel risk, ScoringModel.QualificationRules rules) {
        return qualify(score, new Gate(score.accountId(), risk, null, null, false), rules);
    }

    /**
     * Qualifies {@code score} through the risk gate of its most severe member: BLOCKED disqualifies whatever any
     * decision says; HIGH holds the tier unless a CLEAR was made on exactly the current evidence. A recheck date counts
     * from the decision on the current evidence or, without one, from the day the evidence began (see ADR 0016).
     */
    public static Qualification qualify(AccountScore score, Gate gate, ScoringModel.QualificationRules rules) {
        Tier base = tier(score, rules);
        Reason.Source source = Reason.Source.entity(gate.entityId() == null ? score.accountId() : gate.entityId());
        List<Reason> notes = new ArrayList<>();
        notes.add(new Reason("TIER_" + base, 0, explain(base, score, rules), Reason.Source.entity(score.accountId())));
        Tier tier = upgraded(base, score, rules, notes, Reason.Source.entity(score.accountId()));
        if (gate.level() == RiskLevel.BLOCKED) {
            notes.add(new Reason("RISK_BLOCKED", 0, "KYC risk is BLOCKED: disqualified for now whatever the score"
                    + (RiskGateNotes.decision(gate).isEmpty() ? "" : RiskGateNotes.decision(gate)
                    + "; no review decision releases BLOCKED"), source));
            return new Qualification(tier, Outcome.DISQUALIFIED_FOR_NOW, Route.DO_NOT_CONTACT,
                    RiskGateNotes.recheck(gate, rules.blockedRecheckDays(), score.asOf()), false, notes);
        }
        if (gate.level() == RiskLevel.HIGH && gate.decided(Review.Decision.CLEAR)) {
            notes.add(new Reason("RISK_HIGH_CLEARED", 0, "KYC risk is HIGH, released by compliance"
                    + RiskGateNotes.decision(gate) + ": qualified by its tier " + tier, source));
        } else if (gate.level() == RiskLevel.HIGH) {
            notes.add(new Reason("RISK_HIGH_HOLD", 0, RiskGateNotes.hold(gate, tier), source));
            return new Qualification(tier, Outcome.DISQUALIFIED_FOR_NOW, Route.HOLD_FOR_COMPLIANCE_REVIEW,
                    RiskGateNotes.recheck(gate, rules.heldRecheckDays(), score.asOf()), true, notes);
        }
        ScoringModel.Routing routing = rules.routing().get(tier);
        return new Qualification(tier, routing.outcome(), routing.route(), null, false, notes);
    }

    static Tier tier(AccountScore score, ScoringModel.QualificationRules rules) {
        if (rules.gradeDIsT4() && score.grade() == Grade.D) {
            return Tier.T4;
        }
        for (Tier tier : List.of(Tier.T1, Tier.T2, Tier.T3)) {
            if (meets(score, rules.tiers().get(tier))) {
                return tier;
            }
        }
        return Tier.T4;
    }

    /**
     * The best tier an upgrade event lifts {@code base} to, each lift noted with the event and the rule; grade D stays
     * in T4 when the model says so.
     */
    private static Tier upgraded(Tier base, AccountScore score, ScoringModel.QualificationRules rules,
            List<Reason> notes, Reason.Source source) {
        if (rules.upgrades() == null || (rules.gradeDIsT4() && score.grade() == Grade.D)) {
            return base;
        }
        Tier tier = base;
        for (int i = 0; i < rules.upgrades().size(); i++) {
            ScoringModel.Upgrade rule = rules.upgrades().get(i);
            for (AccountScore.Upgrade event : score.upgrades()) {
                if (rule.matches(event) && rule.tier().compareTo(tier) < 0
                        && (rule.grades() == null || rule.grades().contains(score.grade()))) {
                    notes.add(new Reason("TIER_UPGRADE_" + rule.event(), 0, String.format(
                            "Tier %s → %s by qualification.upgrades[%d] (%s%s at grade %s): %s", tier, rule.tier(), i,
                            rule.event(), rule.minProbability() == null ? "" : " from probability " + rule.minProbability(),
                            score.grade(), event.detail()), source));
                    tier = rule.tier();
                }
            }
        }
        return tier;
    }

    private static boolean meets(AccountScore score, ScoringModel.TierRule rule) {
        return rule != null
                && (rule.grades() == null || rule.grades().contains(score.grade()))
                && (rule.minEngagement() == null || score.engagementPoints() >= rule.minEngagement())
                && (rule.minEngagedContacts() == null || score.engagedContacts() >= rule.minEngagedContacts())
                && (rule.minScore() == null || score.score() >= rule.minScore());
    }

    private static String explain(Tier tier, AccountScore score, ScoringModel.QualificationRules rules) {
        ScoringModel.TierRule rule = rules.tiers().get(tier);
        String facts = String.format("grade %s, score %s, engagement %s points from %d engaged contacts",
                score.grade(), score.score(), score.engagementPoints(), score.engagedContacts());
        if (rules.gradeDIsT4() && score.grade() == Grade.D) {
            return "Tier T4 (" + facts + "): the fit grade is D, and qualification.gradeDIsT4 puts every grade D"
                    + " account in T4 whatever its engagement";
        }
        if (rule == null) {
            return "Tier " + tier + " (" + facts + "): meets no higher tier's thresholds";
        }
        return "Tier " + tier + " (" + facts + ") meets its thresholds: " + describe(rule);
    }

    /** A tier's thresholds in words, e.g. "grade A or B, engagement ≥ 25, ≥ 2 engaged contacts". */
    static String describe(ScoringModel.TierRule rule) {
        List<String> parts = new ArrayList<>();
        if (rule.grades() != null) {
            parts.add("grade " + rule.grades().stream().map(Grade::name).collect(Collectors.joining(" or ")));
        }
        if (rule.minEngagement() != null) {
            parts.add("engagement ≥ " + rule.minEngagement());
        }
        if (rule.minEngagedContacts() != null) {
            parts.add("≥ " + rule.minEngagedContacts() + " engaged contacts");
        }
        if (rule.minScore() != null) {
            parts.add("score ≥ " + rule.minScore());
        }
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }

}
