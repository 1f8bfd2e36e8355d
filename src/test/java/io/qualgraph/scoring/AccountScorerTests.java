package io.qualgraph.scoring;

import static io.qualgraph.scoring.Fixtures.AS_OF;
import static io.qualgraph.scoring.Fixtures.account;
import static io.qualgraph.scoring.Fixtures.contact;
import static io.qualgraph.scoring.Fixtures.event;
import static io.qualgraph.scoring.Fixtures.events;
import static io.qualgraph.scoring.Fixtures.sum;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class AccountScorerTests {

    private final ScoringModel model = Models.defaultModel();

    @Test
    void three_contacts_engaging_beat_one_contact_doing_three_times_as_much() {
        Signals.Contact busy = contact("C1", Seniority.MANAGER, Set.of(),
                events("busy", EngagementType.EMAIL_CLICK, 9, 1));
        AccountScore one = AccountScorer.score(account(List.of(busy)), model, AS_OF);
        AccountScore three = AccountScorer.score(account(List.of(
                contact("C1", Seniority.MANAGER, Set.of(), events("a", EngagementType.EMAIL_CLICK, 3, 1)),
                contact("C2", Seniority.MANAGER, Set.of(), events("b", EngagementType.EMAIL_CLICK, 3, 1)),
                contact("C3", Seniority.MANAGER, Set.of(), events("c", EngagementType.EMAIL_CLICK, 3, 1)))),
                model, AS_OF);
        assertThat(three.engagementPoints()).isGreaterThan(one.engagementPoints());
        assertThat(three.score()).isGreaterThan(one.score());
    }

    @Test
    void committee_activation_needs_distinct_contacts_not_the_same_events_from_one() {
        Signals.Event[] both = {event("x1", EngagementType.DEMO_REQUEST, 2), event("x2", EngagementType.EMAIL_CLICK, 3)};
        AccountScore oneContact = AccountScorer.score(account(List.of(contact("C1", Seniority.VP, Set.of(), both))),
                model, AS_OF);
        AccountScore twoContacts = AccountScorer.score(account(List.of(
                contact("C1", Seniority.VP, Set.of(), both[0]), contact("C2", Seniority.VP, Set.of(), both[1]))),
                model, AS_OF);
        assertThat(oneContact.activated()).isFalse();
        assertThat(twoContacts.activated()).isTrue();
        assertThat(twoContacts.reasons()).anyMatch(r -> r.code().equals("COMMITTEE_ACTIVATION"));
    }

    @Test
    void activation_with_distinct_roles_earns_more() {
        AccountScore roles = AccountScorer.score(account(List.of(
                contact("C1", Seniority.VP, Set.of(CommitteeRole.ECONOMIC_BUYER), event("e1", EngagementType.EMAIL_CLICK, 1)),
                contact("C2", Seniority.VP, Set.of(CommitteeRole.CHAMPION), event("e2", EngagementType.EMAIL_CLICK, 2)))),
                model, AS_OF);
        assertThat(roles.reasons()).anyMatch(r -> r.code().equals("COMMITTEE_ACTIVATION_ROLES"));
    }

    @Test
    void events_after_as_of_are_ignored() {
        Signals.Contact later = new Signals.Contact("C1", "Later", "c1@acme.de", Seniority.VP, "IT", "E1", 1200,
                List.of("E1"), List.of(new Signals.Event("future", EngagementType.DEMO_REQUEST, AS_OF.plus(Duration.ofDays(1)))),
                Set.of());
        AccountScore score = AccountScorer.score(account(List.of(later)), model, AS_OF);
        assertThat(score.engagementPoints()).isZero();
        assertThat(score.reasons()).noneMatch(r -> "future".equals(r.source().eventId()));
    }

    @Test
    void negative_events_subtract() {
        AccountScore score = AccountScorer.score(account(List.of(contact("C1", Seniority.VP, Set.of(),
                event("u", EngagementType.UNSUBSCRIBE, 3), event("c", EngagementType.CAREERS_PAGE_VISIT, 2)))), model, AS_OF);
        assertThat(score.engagementPoints()).isEqualTo(-35.0);
        assertThat(sum(score.reasons())).isEqualTo(score.score());
    }

    @Test
    void missing_committee_roles_are_named_and_covered_ones_earn_points() {
        AccountScore score = AccountScorer.score(account(List.of(
                contact("C1", Seniority.VP, Set.of(CommitteeRole.ECONOMIC_BUYER)))), model, AS_OF);
        assertThat(score.committee().covered()).containsKey(CommitteeRole.ECONOMIC_BUYER);
        assertThat(score.committee().missing()).containsExactlyInAnyOrder(CommitteeRole.TECHNICAL_EVALUATOR,
                CommitteeRole.CHAMPION);
    }

    @Test
    void fit_grade_follows_industry_size_and_region() {
        AccountScore good = AccountScorer.score(account(List.of()), model, AS_OF);
        Signals.Account poor = new Signals.Account("E9", "Tiny Media", new Signals.Firmographics("Media", "BR", 12, false),
                List.of(), List.of());
        assertThat(good.grade().name()).isIn("A", "B");
        assertThat(AccountScorer.score(poor, model, AS_OF).grade().name()).isEqualTo("D");
    }

    @Test
    void each_event_row_names_contact_event_time_decay_and_ownership_path() {
        Signals.Contact sub = new Signals.Contact("C7", "Sub Contact", "c7@sub.de", Seniority.MANAGER, "IT", "SUB", 300,
                List.of("SUB", "E1"), List.of(event("ev7", EngagementType.EMAIL_OPEN, 20)), Set.of());
        AccountScore score = AccountScorer.score(account(List.of(sub)), model, AS_OF);
        Reason row = score.reasons().stream().filter(r -> "ev7".equals(r.source().eventId())).findFirst().orElseThrow();
        assertThat(row.points()).isEqualTo(0.5);
        assertThat(row.source().decayFactor()).isEqualTo(0.5);
        assertThat(row.source().contactId()).isEqualTo("C7");
        assertThat(row.source().path()).containsExactly("SUB", "E1");
    }

    @Test
    void the_ownership_path_in_an_event_row_names_the_family_members() {
        Signals.Contact sub = new Signals.Contact("C7", "Sub Contact", "c7@sub.de", Seniority.MANAGER, "IT", "SUB", 300,
                List.of("SUB", "MID", "E1"), List.of(event("ev7", EngagementType.EMAIL_OPEN, 20)), Set.of());
        Signals.Account named = new Signals.Account("E1", "Acme Holding AG",
                new Signals.Firmographics("Software", "DE", 1200, false), List.of(sub), List.of(),
                Map.of("SUB", "Acme Services GmbH", "E1", "Acme Holding AG"));
        Reason row = AccountScorer.score(named, model, AS_OF).reasons().stream()
                .filter(r -> "ev7".equals(r.source().eventId())).findFirst().orElseThrow();
        assertThat(row.detail()).as("names where known, the id where the graph has no name")
                .endsWith("counts for the account through Acme Services GmbH → MID → Acme Holding AG");
        assertThat(row.source().path()).containsExactly("SUB", "MID", "E1");
    }

    @Test
    void account_engagement_approaches_the_cap_so_a_busier_account_still_ranks_higher() {
        List<Signals.Contact> active = new java.util.ArrayList<>();
        List<Signals.Contact> busier = new java.util.ArrayList<>();
        for (int c = 0; c < 12; c++) {
            active.add(contact("A" + c, Seniority.MANAGER, Set.of(), events("a" + c, EngagementType.PRICING_PAGE_VISIT, 2, 1)));
            busier.add(contact("B" + c, Seniority.MANAGER, Set.of(), events("b" + c, EngagementType.PRICING_PAGE_VISIT, 2, 1)));
            busier.add(contact("C" + c, Seniority.MANAGER, Set.of(), events("c" + c, EngagementType.DEMO_REQUEST, 1, 1)));
        }
        AccountScore a = AccountScorer.score(account(active), model, AS_OF);
        AccountScore b = AccountScorer.score(account(busier), model, AS_OF);
        assertThat(a.engagementPoints()).isLessThan(40.0);
        assertThat(b.engagementPoints()).isGreaterThan(a.engagementPoints()).isLessThan(40.0);
        assertThat(b.reasons()).anyMatch(r -> r.code().equals("ENGAGEMENT_SATURATION") && r.detail().contains("e^"));
        assertThat(sum(b.reasons())).isEqualTo(b.score());
    }
}
