package io.qualgraph.lead;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.qualgraph.scoring.LeadModel;
import io.qualgraph.scoring.Outcome;
import io.qualgraph.scoring.Reason;
import io.qualgraph.scoring.Route;
import io.qualgraph.scoring.ScoringModel;

/**
 * Decides a lead, risk first as for accounts: an account the risk gate disqualifies (BLOCKED: do not contact; HIGH:
 * held for compliance) passes its outcome, route and recheck on to its leads; competitors, students and unsubscribed
 * people are never QUALIFIED; a lead idle longer than the model's window is not QUALIFIED; otherwise the model's
 * thresholds decide. Zero-point notes say why; they do not change the sum. Pure.
 */
final class LeadDecider {

    private record Verdict(Outcome outcome, Route route) {
    }

    private LeadDecider() {
    }

    static LeadDecision decide(LeadSignals lead, ScoringModel model, Instant asOf) {
        LeadModel rules = model.lead();
        LeadScore score = LeadScorer.score(lead, model, asOf);
        List<Reason> reasons = new ArrayList<>(score.reasons());
        Verdict outcome = outcome(lead, score, rules, asOf, reasons);
        Instant trigger = score.lastPositive();
        Instant contactBy = outcome.outcome() == Outcome.QUALIFIED && trigger != null
                ? WorkingHours.add(trigger, rules.contactBy().workingHours().getOrDefault(outcome.route().name(), 0), rules.contactBy())
                : null;
        if (lead.duplicateOf() != null) {
            reasons.add(note("DUPLICATE_OF", "Same e-mail as open lead " + lead.duplicateOf()
                    + " inside the duplicate window: one person, counted once"));
        }
        Instant gateRecheck = lead.account() != null && isGate(lead.account()) ? lead.account().recheckAt() : null;
        Instant recheck = LeadTiming.recheckAt(score.lastPositive(), lead.contact(), rules, asOf, gateRecheck);
        return new LeadDecision(score.score(), outcome.outcome(), outcome.route(), contactBy, recheck, trigger, reasons,
                MissingFacts.of(lead, score, rules));
    }

    private static Verdict outcome(LeadSignals lead, LeadScore score, LeadModel rules, Instant asOf,
            List<Reason> reasons) {
        LeadSignals.AccountView account = lead.account();
        if (account != null && isGate(account)) {
            reasons.add(note("RISK_" + account.riskLevel(), "Account " + account.label() + " is "
                    + account.outcome() + " by the risk gate (KYC risk " + account.riskLevel() + "): route "
                    + account.route()));
            return new Verdict(account.outcome(), account.route());
        }
        if (score.competitor()) {
            reasons.add(note("GATE_COMPETITOR", "The e-mail is on a competitor's domain: never QUALIFIED"));
            return new Verdict(Outcome.UNQUALIFIED, Route.DO_NOT_CONTACT);
        }
        if (score.unsubscribed()) {
            reasons.add(note("GATE_UNSUBSCRIBED", "The person unsubscribed: never QUALIFIED, not contacted"));
            return new Verdict(Outcome.UNQUALIFIED, Route.DO_NOT_CONTACT);
        }
        if (score.student()) {
            reasons.add(note("GATE_STUDENT", "A student (e-mail domain or seniority): never QUALIFIED"));
            return new Verdict(Outcome.UNQUALIFIED, Route.MARKETING_ONLY);
        }
        LeadModel.Thresholds t = rules.thresholds();
        if (score.score() >= t.qualified()) {
            boolean idle = score.lastPositive() == null || LeadScorer.ageDays(score.lastPositive(), asOf) > rules.idleDays();
            if (idle) {
                reasons.add(note("GATE_IDLE", "Score " + score.score() + " reaches QUALIFIED (" + t.qualified()
                        + ") but no positive event in the last " + rules.idleDays() + " days: nurture until it engages"));
                return new Verdict(Outcome.NURTURE, Route.AUTOMATED_NURTURE);
            }
            Route route = score.score() >= t.sameDay() ? Route.SAME_DAY_OUTREACH : Route.WITHIN_48H;
            reasons.add(note("OUTCOME_QUALIFIED", "Score " + score.score() + " ≥ " + t.qualified() + ": QUALIFIED, "
                    + (route == Route.SAME_DAY_OUTREACH ? "same-day outreach (≥ " + t.sameDay() + ")" : "within 48 hours")));
            return new Verdict(Outcome.QUALIFIED, route);
        }
        if (score.score() >= t.nurture()) {
            reasons.add(note("OUTCOME_NURTURE", "Score " + score.score() + " ≥ " + t.nurture() + " and below "
                    + t.qualified() + ": NURTURE"));
            return new Verdict(Outcome.NURTURE, Route.AUTOMATED_NURTURE);
        }
        reasons.add(note("OUTCOME_UNQUALIFIED", "Score " + score.score() + " below " + t.nurture() + ": UNQUALIFIED"));
        return new Verdict(Outcome.UNQUALIFIED, Route.MARKETING_ONLY);
    }

    private static boolean isGate(LeadSignals.AccountView account) {
        return account.outcome() == Outcome.DISQUALIFIED_FOR_NOW;
    }

    private static Reason note(String code, String detail) {
        return new Reason(code, 0, detail, Reason.Source.none());
    }
}
