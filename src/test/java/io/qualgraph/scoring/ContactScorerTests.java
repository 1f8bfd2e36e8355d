package io.qualgraph.scoring;

import static io.qualgraph.scoring.Fixtures.AS_OF;
import static io.qualgraph.scoring.Fixtures.event;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ContactScorerTests {

    private final ScoringModel model = Models.defaultModel();

    private Signals.Contact person(Seniority seniority, long employees, String email, Set<CommitteeRole> roles,
            Signals.Event... events) {
        return new Signals.Contact("C1", "Jo", email, seniority, "Marketing", "E1", employees, List.of("E1"),
                List.of(events), roles);
    }

    @Test
    void a_vp_at_a_20_person_company_counts_like_a_manager() {
        ContactScore small = ContactScorer.score(person(Seniority.VP, 20, "jo@tiny.de", Set.of()), model, AS_OF);
        ContactScore mid = ContactScorer.score(person(Seniority.VP, 800, "jo@mid.de", Set.of()), model, AS_OF);
        assertThat(small.score()).isEqualTo(5.0);
        assertThat(mid.score()).isEqualTo(12.0);
        assertThat(small.reasons().get(0).detail()).contains("read as MANAGER");
    }

    @Test
    void student_and_personal_domains_subtract() {
        ContactScore student = ContactScorer.score(person(Seniority.DIRECTOR, 800, "jo@ox.ac.uk", Set.of(),
                event("d", EngagementType.DEMO_REQUEST, 1)), model, AS_OF);
        ContactScore personal = ContactScorer.score(person(Seniority.DIRECTOR, 800, "jo@gmail.com", Set.of(),
                event("d", EngagementType.DEMO_REQUEST, 1)), model, AS_OF);
        // a demo request of 25 raw points counts 20 + 5 × 0.5 after diminishing returns
        assertThat(student.score()).isEqualTo(10 - 20 + 22.5);
        assertThat(personal.score()).isEqualTo(10 - 5 + 22.5);
    }

    @Test
    void committee_role_adds_and_a_blocker_subtracts() {
        assertThat(ContactScorer.score(person(Seniority.MANAGER, 800, "jo@x.de", Set.of(CommitteeRole.ECONOMIC_BUYER)),
                model, AS_OF).score()).isEqualTo(20.0);
        assertThat(ContactScorer.score(person(Seniority.DIRECTOR, 800, "jo@x.de",
                Set.of(CommitteeRole.BLOCKER, CommitteeRole.CHAMPION)), model, AS_OF).score()).isEqualTo(0.0);
    }

    @Test
    void decay_boundary_day_14_full_day_15_half() {
        double day14 = ContactScorer.score(person(Seniority.INDIVIDUAL, 800, "jo@x.de", Set.of(),
                event("o", EngagementType.EMAIL_OPEN, 14)), model, AS_OF).score();
        double day15 = ContactScorer.score(person(Seniority.INDIVIDUAL, 800, "jo@x.de", Set.of(),
                event("o", EngagementType.EMAIL_OPEN, 15)), model, AS_OF).score();
        double day46 = ContactScorer.score(person(Seniority.INDIVIDUAL, 800, "jo@x.de", Set.of(),
                event("o", EngagementType.EMAIL_OPEN, 46)), model, AS_OF).score();
        assertThat(day14).isEqualTo(3.0);
        assertThat(day15).isEqualTo(2.5);
        assertThat(day46).isEqualTo(2.0);
    }
}
