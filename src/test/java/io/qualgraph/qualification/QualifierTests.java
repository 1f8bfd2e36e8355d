package io.qualgraph.qualification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.qualgraph.risk.RiskLevel;
import io.qualgraph.scoring.AccountScore;
import io.qualgraph.scoring.Grade;
import io.qualgraph.scoring.Models;
import io.qualgraph.scoring.ScoringModel;
import io.qualgraph.scoring.Tier;
import org.junit.jupiter.api.Test;

class QualifierTests {

    private final ScoringModel.QualificationRules rules = Models.defaultModel().qualification();
    private final Instant asOf = Instant.parse("2026-11-01T00:00:00Z");

    private AccountScore score(String grade, double score, double engagement, int contacts) {
        return new AccountScore("E1", "Acme", score, Grade.valueOf(grade), 25, engagement, contacts, true,
                new AccountScore.Committee(Map.of(), List.of()), "default-v1", asOf, List.of(), List.of());
    }

    @Test
    void hot_account_with_fit_engagement_and_several_contacts_is_T1_same_day() {
        Qualification q = Qualifier.qualify(score("A", 80, 35, 3), RiskLevel.NONE, rules);
        assertThat(q.tier().name()).isEqualTo("T1");
        assertThat(q.outcome().name()).isEqualTo("QUALIFIED");
        assertThat(q.route().name()).isEqualTo("SAME_DAY_OUTREACH");
    }

    @Test
    void one_contact_alone_is_not_T1() {
        assertThat(Qualifier.qualify(score("A", 80, 35, 1), RiskLevel.NONE, rules).tier().name()).isEqualTo("T2");
    }

    @Test
    void a_blocked_family_is_never_qualified_whatever_the_score() {
        Qualification q = Qualifier.qualify(score("A", 100, 40, 9), RiskLevel.BLOCKED, rules);
        assertThat(q.outcome().name()).isEqualTo("DISQUALIFIED_FOR_NOW");
        // without an evidence date in the gate the recheck is the next boundary of a fixed 90-day cycle: it arrives
        // and does not slide with the read (it was asOf + 90 days, which never came)
        assertThat(q.recheckAt()).isAfter(asOf).isBeforeOrEqualTo(asOf.plusSeconds(90L * 86400));
        AccountScore dayLater = new AccountScore("E1", "Acme", 100, Grade.A, 25, 40, 9, true,
                new AccountScore.Committee(Map.of(), List.of()), "default-v1", asOf.plusSeconds(86400), List.of(),
                List.of());
        assertThat(Qualifier.qualify(dayLater, RiskLevel.BLOCKED, rules).recheckAt()).isEqualTo(q.recheckAt());
        assertThat(q.notes()).anyMatch(r -> r.code().equals("RISK_BLOCKED") && r.points() == 0);
    }

    @Test
    void high_risk_holds_the_tier_for_compliance_review() {
        Qualification q = Qualifier.qualify(score("A", 80, 35, 3), RiskLevel.HIGH, rules);
        assertThat(q.tier().name()).isEqualTo("T1");
        assertThat(q.tierHeld()).isTrue();
        assertThat(q.route().name()).isEqualTo("HOLD_FOR_COMPLIANCE_REVIEW");
    }

    @Test
    void grade_d_is_low_fit_T4_marketing_only() {
        Qualification q = Qualifier.qualify(score("D", 60, 35, 3), RiskLevel.ELEVATED, rules);
        assertThat(q.tier().name()).isEqualTo("T4");
        assertThat(q.route().name()).isEqualTo("MARKETING_ONLY");
    }

    private AccountScore withUpgrade(String grade, double score, ScoringModel.UpgradeEvent event) {
        return new AccountScore("E1", "Acme", score, Grade.valueOf(grade), 25, 20, 1, false,
                new AccountScore.Committee(Map.of(), List.of()), "default-v1", asOf, List.of(),
                List.of(new AccountScore.Upgrade(event, "Hot action: demo request by Vera (VP) [C1] on 2026-10-30")));
    }

    @Test
    void a_buyers_hot_action_at_a_fit_account_reaches_sales_by_the_models_upgrade_rule() {
        assertThat(Qualifier.qualify(score("A", 35, 20, 1), RiskLevel.NONE, rules).tier().name()).isEqualTo("T3");
        Qualification q = Qualifier.qualify(withUpgrade("A", 35, ScoringModel.UpgradeEvent.HOT_ACTION), RiskLevel.NONE,
                rules);
        assertThat(q.tier().name()).isEqualTo("T2");
        assertThat(q.outcome().name()).isEqualTo("QUALIFIED");
        assertThat(q.route().name()).isEqualTo("WITHIN_48H");
        assertThat(q.notes()).anyMatch(r -> r.code().equals("TIER_UPGRADE_HOT_ACTION")
                && r.detail().contains("T3 → T2 by qualification.upgrades[0]") && r.detail().contains("Vera (VP)"));
    }

    @Test
    void an_upgrade_needs_the_grades_its_rule_names_and_never_lifts_past_the_risk_gate() {
        assertThat(Qualifier.qualify(withUpgrade("C", 35, ScoringModel.UpgradeEvent.HOT_ACTION), RiskLevel.NONE,
                rules).tier().name()).isEqualTo("T3");
        assertThat(Qualifier.qualify(withUpgrade("C", 10, ScoringModel.UpgradeEvent.COMMITTEE_ACTIVATION),
                RiskLevel.NONE, rules).tier().name()).isEqualTo("T3");
        assertThat(Qualifier.qualify(withUpgrade("D", 35, ScoringModel.UpgradeEvent.HOT_ACTION), RiskLevel.NONE,
                rules).tier().name()).isEqualTo("T4");
        Qualification held = Qualifier.qualify(withUpgrade("A", 35, ScoringModel.UpgradeEvent.HOT_ACTION),
                RiskLevel.BLOCKED, rules);
        assertThat(held.outcome().name()).isEqualTo("DISQUALIFIED_FOR_NOW");
    }

    @Test
    void a_grade_d_accounts_tier_note_states_the_rule_that_put_it_in_t4() {
        Qualification q = Qualifier.qualify(score("D", 60, 40, 3), RiskLevel.NONE, rules);
        assertThat(q.tier().name()).isEqualTo("T4");
        assertThat(q.notes().get(0).detail()).contains("grade is D", "qualification.gradeDIsT4");
    }

    @Test
    void a_predicted_win_lifts_the_tier_only_from_the_rules_probability_on() {
        ScoringModel.QualificationRules withPrediction = new ScoringModel.QualificationRules(rules.tiers(),
                rules.routing(), rules.gradeDIsT4(), rules.blockedRecheckDays(), rules.heldRecheckDays(),
                List.of(new ScoringModel.Upgrade(ScoringModel.UpgradeEvent.PREDICTED_WIN, List.of(Grade.A, Grade.B),
                        Tier.T2, 0.6)));
        AccountScore base = score("B", 35, 20, 1);
        assertThat(Qualifier.qualify(base, RiskLevel.NONE, withPrediction).tier()).isEqualTo(Tier.T3);
        Qualification lifted = Qualifier.qualify(base.with(new AccountScore.Upgrade(
                ScoringModel.UpgradeEvent.PREDICTED_WIN, "predictive model pm-1 puts the win probability at 0.720", 0.72)),
                RiskLevel.NONE, withPrediction);
        assertThat(lifted.tier()).isEqualTo(Tier.T2);
        assertThat(lifted.notes()).anySatisfy(n -> {
            assertThat(n.code()).isEqualTo("TIER_UPGRADE_PREDICTED_WIN");
            assertThat(n.points()).isZero();
            assertThat(n.detail()).contains("T3 → T2", "upgrades[0]", "from probability 0.6", "pm-1", "0.720");
        });
        assertThat(Qualifier.qualify(base.with(new AccountScore.Upgrade(ScoringModel.UpgradeEvent.PREDICTED_WIN,
                "predictive model pm-1 puts the win probability at 0.590", 0.59)), RiskLevel.NONE, withPrediction).tier())
                .as("below the rule's probability").isEqualTo(Tier.T3);
        assertThat(Qualifier.qualify(score("B", 35, 20, 1).with(new AccountScore.Upgrade(
                ScoringModel.UpgradeEvent.PREDICTED_WIN, "p 0.9", 0.9)), RiskLevel.HIGH, withPrediction).route().name())
                .as("never past the risk gate").isEqualTo("HOLD_FOR_COMPLIANCE_REVIEW");
    }
}
