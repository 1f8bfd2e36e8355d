package io.qualgraph.lead;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import io.qualgraph.risk.RiskLevel;
import io.qualgraph.scoring.EngagementType;
import io.qualgraph.scoring.Grade;
import io.qualgraph.scoring.Models;
import io.qualgraph.scoring.Outcome;
import io.qualgraph.scoring.Reason;
import io.qualgraph.scoring.Route;
import io.qualgraph.scoring.ScoringModel;
import io.qualgraph.scoring.Seniority;
import io.qualgraph.scoring.Signals;
import io.qualgraph.scoring.Tier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import static io.qualgraph.lead.LeadFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

class LeadDeciderTests {

    private static final ScoringModel MODEL = Models.defaultModel();

    private static LeadDecision decide(LeadSignals lead) {
        return LeadDecider.decide(lead, MODEL, NOW);
    }

    private static double sum(List<Reason> reasons) {
        return Math.round(reasons.stream().mapToDouble(Reason::points).sum() * 10) / 10.0;
    }

    @Test
    void a_fit_lead_that_just_arrived_is_qualified_with_a_contact_by_within_working_hours() {
        LeadDecision d = decide(LeadFixtures.fit());
        assertThat(d.outcome().name()).isEqualTo("QUALIFIED");
        assertThat(d.route().name()).isIn("SAME_DAY_OUTREACH", "WITHIN_48H");
        assertThat(d.contactBy()).isAfter(LeadFixtures.fit().createdAt());
        assertThat(sum(d.reasons())).isEqualTo(d.score());
        assertThat(d.reasons()).extracting(Reason::detail).as("people and accounts by name")
                .contains("Account Acme Holding AG (E1) has fit grade A")
                .anyMatch(text -> text.startsWith("Ann Lee scores "));
        assertThat(d.missing()).filteredOn(m -> m.code().equals("BUDGET_UNKNOWN")).isEmpty();
        assertThat(d.missing()).filteredOn(m -> m.code().equals("TIMELINE_UNKNOWN")).singleElement()
                .satisfies(m -> assertThat(m.detail()).isEqualTo("Not given on the form: ask when they mean to buy"));
    }

    @Test
    void a_blocked_account_disqualifies_its_lead_for_now_with_do_not_contact() {
        LeadDecision d = decide(LeadFixtures.withAccount(LeadFixtures.fit(),
                LeadFixtures.account("DISQUALIFIED_FOR_NOW", "DO_NOT_CONTACT", RiskLevel.BLOCKED)));
        assertThat(d.outcome().name()).isEqualTo("DISQUALIFIED_FOR_NOW");
        assertThat(d.route().name()).isEqualTo("DO_NOT_CONTACT");
        assertThat(d.contactBy()).isNull();
        assertThat(d.recheckAt()).isEqualTo(NOW.plusSeconds(86400 * 14));
    }

    @Test
    void a_high_risk_account_holds_its_lead_for_compliance() {
        LeadDecision d = decide(LeadFixtures.withAccount(LeadFixtures.fit(),
                LeadFixtures.account("DISQUALIFIED_FOR_NOW", "HOLD_FOR_COMPLIANCE_REVIEW", RiskLevel.HIGH)));
        assertThat(d.route().name()).isEqualTo("HOLD_FOR_COMPLIANCE_REVIEW");
        assertThat(d.reasons()).extracting(Reason::code).contains("RISK_HIGH");
    }

    static Stream<Arguments> neverQualified() {
        Instant at = NOW.minusSeconds(3600);
        List<Signals.Event> busy = List.of(new Signals.Event("V1", EngagementType.DEMO_REQUEST, at),
                new Signals.Event("V2", EngagementType.TRIAL_SIGNUP, at), new Signals.Event("V3", EngagementType.MEETING_HELD, at));
        List<Signals.Event> unsubscribed = new ArrayList<>(busy);
        unsubscribed.add(new Signals.Event("V4", EngagementType.UNSUBSCRIBE, at));
        LeadSignals.AccountView best = new LeadSignals.AccountView("E1", "Acme Holding AG", 95, Grade.A, Tier.T1, Outcome.QUALIFIED, Route.SAME_DAY_OUTREACH,
                RiskLevel.NONE, null, List.of());
        return Stream.of(
                Arguments.of("competitor", LeadFixtures.lead("spy@leadgraph.io", Seniority.C_LEVEL, at, busy, best), "GATE_COMPETITOR"),
                Arguments.of("student domain", LeadFixtures.lead("kid@stanford.edu", Seniority.C_LEVEL, at, busy, best), "GATE_STUDENT"),
                Arguments.of("student seniority", LeadFixtures.lead("kid@acme.example", Seniority.STUDENT, at, busy, best), "GATE_STUDENT"),
                Arguments.of("unsubscribed", LeadFixtures.lead("gone@acme.example", Seniority.C_LEVEL, at, unsubscribed, best),
                        "GATE_UNSUBSCRIBED"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("neverQualified")
    void competitors_students_and_unsubscribed_people_are_never_qualified(String why, LeadSignals lead, String gate) {
        LeadDecision d = decide(lead);
        assertThat(d.outcome().name()).isNotEqualTo("QUALIFIED");
        assertThat(d.contactBy()).isNull();
        assertThat(d.reasons()).extracting(Reason::code).contains(gate);
    }

    @Test
    void a_lead_idle_longer_than_the_window_is_not_qualified_but_one_day_less_still_is() {
        LeadSignals fit = LeadFixtures.fit();
        Instant idleFor31 = fit.createdAt().plus(Duration.ofDays(31));
        LeadDecision later = LeadDecider.decide(fit, MODEL, idleFor31);
        assertThat(later.outcome().name()).isEqualTo("NURTURE");
        assertThat(later.reasons()).extracting(Reason::code).contains("GATE_IDLE");
        String arrived = LocalDate.ofInstant(fit.createdAt(), ZoneOffset.UTC).toString();
        assertThat(later.reasons()).filteredOn(r -> r.code().equals("RECENCY")).singleElement()
                .satisfies(r -> assertThat(r.detail()).as("the day, not an instant to the nanosecond")
                        .isEqualTo("Last positive event 31 days ago (" + arrived + "): too old to add points"));
        LeadSignals answersOfAChampion = new LeadSignals(fit.leadId(), fit.createdAt(), fit.source(), fit.status(),
                fit.name(), fit.email(), fit.phone(), fit.title(), new LeadSignals.Answers("APPROVED", "IMMEDIATE",
                "DECISION_MAKER", "URGENT"), fit.contact(), fit.account(), null);
        assertThat(LeadDecider.decide(answersOfAChampion, MODEL, fit.createdAt().plus(Duration.ofDays(29))).outcome().name())
                .isEqualTo("QUALIFIED");
        assertThat(LeadDecider.decide(answersOfAChampion, MODEL, idleFor31).outcome().name()).isEqualTo("NURTURE");
    }

    @Test
    void recheck_at_comes_from_the_evidence_and_is_the_same_for_the_same_as_of() {
        LeadDecision d = decide(LeadFixtures.fit());
        assertThat(d.recheckAt()).isEqualTo(LeadFixtures.fit().createdAt().plus(Duration.ofDays(8)));
        assertThat(decide(LeadFixtures.fit()).recheckAt()).isEqualTo(d.recheckAt());
    }

    @Test
    void missing_facts_put_what_could_add_most_first() {
        LeadDecision d = decide(LeadFixtures.fit());
        assertThat(d.missing()).extracting(LeadDecision.Missing::code)
                .containsExactly("TIMELINE_UNKNOWN", "AUTHORITY_UNKNOWN", "NO_ECONOMIC_BUYER");
        LeadSignals unmatched = LeadFixtures.withAccount(LeadFixtures.fit(), null);
        assertThat(decide(unmatched).missing().get(0).code()).isEqualTo("COMPANY_UNMATCHED");
    }

    @Test
    void a_senior_lead_at_an_account_without_an_economic_buyer_is_asked_whether_they_hold_the_budget() {
        LeadDecision vp = decide(LeadFixtures.fit());
        assertThat(economicBuyer(vp)).isEqualTo("No economic buyer is known at account Acme Holding AG (E1); this lead "
                + "reads as VP (VP Engineering): ask whether they hold the budget");
        LeadSignals manager = LeadFixtures.lead("ann@acme.example", Seniority.MANAGER, LeadFixtures.fit().createdAt(),
                List.of(), LeadFixtures.fit().account());
        assertThat(economicBuyer(decide(manager)))
                .isEqualTo("No economic buyer is known at account Acme Holding AG (E1)");
    }

    private static String economicBuyer(LeadDecision d) {
        return d.missing().stream().filter(m -> m.code().equals("NO_ECONOMIC_BUYER")).findFirst().orElseThrow()
                .detail();
    }

    static Stream<Arguments> randomLeads() {
        Random random = new Random(20261202);
        EngagementType[] types = EngagementType.values();
        Seniority[] seniorities = Seniority.values();
        return Stream.generate(() -> {
            List<Signals.Event> events = new ArrayList<>();
            for (int i = random.nextInt(12); i > 0; i--) {
                events.add(new Signals.Event("V" + i, types[random.nextInt(types.length)],
                        NOW.minus(Duration.ofHours(random.nextInt(24 * 120)))));
            }
            LeadSignals.AccountView account = random.nextInt(5) == 0 ? null : new LeadSignals.AccountView("E1", "Acme Holding AG",
                    random.nextInt(101), Grade.values()[random.nextInt(4)], Tier.values()[random.nextInt(4)], Outcome.NURTURE,
                    Route.AUTOMATED_NURTURE, RiskLevel.NONE, null, List.of());
            return Arguments.of(LeadFixtures.lead(random.nextBoolean() ? "a@acme.example" : "a@gmail.com",
                    seniorities[random.nextInt(seniorities.length)], NOW.minus(Duration.ofHours(random.nextInt(2000))),
                    events, account));
        }).limit(200);
    }

    @ParameterizedTest
    @MethodSource("randomLeads")
    void reasons_sum_exactly_to_a_score_between_0_and_100(LeadSignals lead) {
        LeadDecision d = decide(lead);
        assertThat(sum(d.reasons())).isEqualTo(d.score());
        assertThat(d.score()).isBetween(0.0, 100.0);
        assertThat(d.contactBy() == null).isEqualTo(d.outcome() != Outcome.QUALIFIED);
        if (d.recheckAt() != null) {
            assertThat(d.recheckAt()).isAfter(NOW);
        }
    }
}
