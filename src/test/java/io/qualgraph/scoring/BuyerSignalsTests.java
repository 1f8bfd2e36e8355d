package io.qualgraph.scoring;

import static io.qualgraph.scoring.Fixtures.AS_OF;
import static io.qualgraph.scoring.Fixtures.account;
import static io.qualgraph.scoring.Fixtures.contact;
import static io.qualgraph.scoring.Fixtures.event;
import static io.qualgraph.scoring.Fixtures.sum;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.qualgraph.contact.CommitteeRole;
import io.qualgraph.contact.Seniority;
import io.qualgraph.engagement.EngagementType;
import org.junit.jupiter.api.Test;

/** Issue #11 items 1–3: non-buyers do not lift an account, activation means buyers, hot actions are upgrade events. */
class BuyerSignalsTests {

    private final ScoringModel model = Models.defaultModel();

    private static Signals.Contact withEmail(String id, String email, Seniority seniority, Signals.Event... events) {
        return new Signals.Contact(id, "Person " + id, email, seniority, null, "E1", 1200, List.of("E1"),
                List.of(events), Set.of());
    }

    private AccountScore score(Signals.Contact... contacts) {
        return AccountScorer.score(account(List.of(contacts)), model, AS_OF);
    }

    @Test
    void a_competitors_demo_request_and_trial_add_nothing_to_the_customers_account_and_never_activate() {
        Signals.Contact customer = contact("C1", Seniority.MANAGER, Set.of(), event("m", EngagementType.EMAIL_CLICK, 2));
        Signals.Contact spy = withEmail("C2", "spy@leadgraph.io", Seniority.VP,
                event("d", EngagementType.DEMO_REQUEST, 1), event("t", EngagementType.TRIAL_SIGNUP, 1));
        AccountScore alone = score(customer);
        AccountScore spied = score(customer, spy);
        assertThat(spied.score()).isEqualTo(alone.score());
        assertThat(spied.engagementPoints()).isEqualTo(alone.engagementPoints());
        assertThat(spied.engagedContacts()).isEqualTo(1);
        assertThat(spied.activated()).isFalse();
        assertThat(spied.upgrades()).isEmpty();
        assertThat(spied.reasons()).anyMatch(r -> r.code().equals("NON_BUYER_SHARE")
                && r.detail().contains("competitor") && r.detail().contains("counts 0.0%"));
        assertThat(sum(spied.reasons())).isEqualTo(spied.score());
    }

    @Test
    void a_students_and_an_interns_engagement_counts_at_most_the_stated_tenth_and_never_activates() {
        Signals.Contact student = withEmail("C1", "kim@uni-koeln.de", Seniority.INDIVIDUAL,
                event("p", EngagementType.PRICING_PAGE_VISIT, 1));
        Signals.Contact intern = withEmail("C2", "ian@acme.de", Seniority.INTERN,
                event("q", EngagementType.PRICING_PAGE_VISIT, 1));
        AccountScore none = score();
        AccountScore both = score(student, intern);
        assertThat(both.score() - none.score()).isGreaterThan(0).isLessThanOrEqualTo(2 * 15 * 0.1);
        assertThat(both.activated()).isFalse();
        assertThat(both.engagedContacts()).isZero();
        assertThat(both.reasons()).filteredOn(r -> r.code().equals("NON_BUYER_SHARE")).hasSize(2)
                .allMatch(r -> r.detail().contains("counts 10.0%"));
    }

    @Test
    void activation_counts_distinct_plausible_buyers_only() {
        Signals.Contact buyer = contact("C1", Seniority.VP, Set.of(), event("a", EngagementType.EMAIL_CLICK, 1));
        Signals.Contact individual = withEmail("C2", "ann@acme.de", Seniority.INDIVIDUAL,
                event("b", EngagementType.EMAIL_CLICK, 2));
        Signals.Contact student = withEmail("C3", "sam@acme.de", Seniority.STUDENT,
                event("c", EngagementType.EMAIL_CLICK, 2));
        assertThat(score(buyer, individual, student).activated()).isFalse();
        Signals.Contact seat = new Signals.Contact("C4", "Seat Holder", "seat@acme.de", Seniority.INDIVIDUAL, null,
                "E1", 1200, List.of("E1"), List.of(event("d", EngagementType.EMAIL_CLICK, 3)),
                Set.of(CommitteeRole.CHAMPION));
        AccountScore activated = score(buyer, individual, seat);
        assertThat(activated.activated()).isTrue();
        assertThat(activated.upgrades()).extracting(AccountScore.Upgrade::event)
                .contains(ScoringModel.UpgradeEvent.COMMITTEE_ACTIVATION);
        assertThat(activated.reasons()).anyMatch(r -> r.code().equals("COMMITTEE_ACTIVATION")
                && r.detail().contains("2 distinct plausible buyers") && r.detail().contains("Seat Holder"));
    }

    @Test
    void a_buyers_demo_request_is_a_hot_action_and_a_students_is_not() {
        AccountScore vp = score(contact("C1", Seniority.VP, Set.of(), event("d", EngagementType.DEMO_REQUEST, 3)));
        assertThat(vp.upgrades()).extracting(AccountScore.Upgrade::event).containsExactly(
                ScoringModel.UpgradeEvent.HOT_ACTION);
        assertThat(vp.reasons()).anyMatch(r -> r.code().equals("HOT_ACTION") && r.detail().contains("demo request")
                && r.detail().contains("Contact C1 (VP)"));
        assertThat(score(withEmail("C2", "s@uni-bonn.de", Seniority.STUDENT,
                event("d", EngagementType.DEMO_REQUEST, 3))).upgrades()).isEmpty();
        assertThat(score(contact("C3", Seniority.VP, Set.of(), event("old", EngagementType.DEMO_REQUEST, 31)))
                .upgrades()).isEmpty();
    }

    @Test
    void contact_level_negatives_stay() {
        Signals.Contact spy = withEmail("C2", "spy@leadgraph.io", Seniority.VP, event("d", EngagementType.DEMO_REQUEST, 1));
        ContactScore contact = ContactScorer.score(spy, model, AS_OF);
        assertThat(contact.reasons()).anyMatch(r -> r.code().equals("EMAIL_COMPETITOR_DOMAIN"));
        List<String> codes = new ArrayList<>();
        contact.reasons().forEach(r -> codes.add(r.code()));
        assertThat(codes).doesNotContain("NON_BUYER_SHARE");
    }
}
