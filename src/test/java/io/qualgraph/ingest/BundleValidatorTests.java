package io.qualgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.qualgraph.support.Problem;
import org.junit.jupiter.api.Test;

class BundleValidatorTests {

    private static final Bundle.Entity E1 = Bundle.Entity.named("E1", "Acme", "DE");
    private static final Bundle.Contact C1 = new Bundle.Contact("C1", "E1", "Jon", "jon@acme.de", null, "VP", null);

    private static List<String> paths(Bundle bundle) {
        return paths(bundle, KnownIds.NONE);
    }

    private static List<String> paths(Bundle bundle, KnownIds known) {
        return BundleValidator.validate(bundle, known).stream().map(Problem.FieldError::path).toList();
    }

    private static List<Problem.FieldError> errors(Bundle bundle) {
        return BundleValidator.validate(bundle, KnownIds.NONE);
    }

    @Test
    void a_consistent_bundle_has_no_errors() {
        Bundle bundle = Bundle.builder().add(E1).add(new Bundle.Person("P1", "Ann", "FR", true))
                .add(Bundle.Ownership.of("P1", "E1", 0.6)).add(C1)
                .add(new Bundle.Engagement("V1", "C1", "EMAIL_OPEN", "2026-01-01T10:00:00Z", null, null)).build();
        assertThat(errors(bundle)).isEmpty();
    }

    @Test
    void missing_and_duplicated_ids_are_named() {
        Bundle bundle = Bundle.builder().add(E1).add(Bundle.Entity.named(null, "x", null))
                .add(new Bundle.Person("E1", "Same id", null, null)).build();
        assertThat(paths(bundle)).containsExactly("$.entities[1].id", "$.persons[0].id");
        assertThat(errors(bundle).get(1).message()).contains("$.entities[0]");
    }

    @Test
    void shares_outside_0_1_and_inverted_bands_are_rejected() {
        Bundle bundle = Bundle.builder().add(E1).add(Bundle.Entity.named("E2", "B", null))
                .add(Bundle.Ownership.of("E1", "E2", 1.2))
                .add(new Bundle.Ownership("E2", "E1", null, 0.8, 0.5, null, null, null))
                .add(new Bundle.Ownership("E1", "E2", 0.9, 0.25, 0.5, "2020-01-01", null, null)).build();
        assertThat(paths(bundle)).containsExactly("$.ownership[0].share", "$.ownership[1].shareMin",
                "$.ownership[2].share");
    }

    @Test
    void until_before_since_and_delisted_before_listed_are_rejected() {
        Bundle bundle = Bundle.builder().add(E1).add(Bundle.Entity.named("E2", "B", null))
                .add(new Bundle.Ownership("E1", "E2", 0.5, null, null, "2021-01-01", "2020-12-31", null))
                .add(new Bundle.RiskFlag("F1", "E1", "SANCTIONED", null, null, "2022-03-01", "2022-02-01")).build();
        assertThat(paths(bundle)).containsExactly("$.ownership[0].until", "$.riskFlags[0].delistedAt");
    }

    @Test
    void same_stake_twice_is_a_duplicate_but_another_period_is_not() {
        Bundle bundle = Bundle.builder().add(E1).add(Bundle.Entity.named("E2", "B", null))
                .add(new Bundle.Ownership("E1", "E2", 0.5, null, null, "2020-01-01", "2021-01-01", null))
                .add(new Bundle.Ownership("E1", "E2", 0.6, null, null, "2021-01-01", null, null))
                .add(new Bundle.Ownership("E1", "E2", 0.7, null, null, "2021-01-01T00:00:00Z", null, null)).build();
        assertThat(paths(bundle)).containsExactly("$.ownership[2]");
    }

    @Test
    void unknown_enum_values_name_the_allowed_ones() {
        Bundle bundle = Bundle.builder().add(E1).add(new Bundle.Contact("C1", "E1", null, null, null, "BOSS", null))
                .add(new Bundle.Engagement("V1", "C1", "LIKE", "2026-01-01", null, null)).build();
        List<Problem.FieldError> errors = errors(bundle);
        assertThat(errors).extracting(Problem.FieldError::path)
                .containsExactly("$.contacts[0].seniority", "$.engagements[0].type");
        assertThat(errors.get(0).message()).contains("C_LEVEL", "STUDENT");
        assertThat(errors.get(1).message()).contains("PRICING_PAGE_VISIT");
    }

    @Test
    void malformed_dates_negative_numbers_and_bad_strength_are_rejected() {
        Bundle bundle = Bundle.builder()
                .add(new Bundle.Entity("E1", "A", null, "DE", null, -5L, -1.0, null, null))
                .add(new Bundle.Opportunity("O1", "E1", null, "WON", -100.0, "yesterday", null, List.of()))
                .add(new Bundle.Intent("I1", "E1", "x", 1.5, "2026-13-01", null)).build();
        assertThat(paths(bundle)).containsExactly("$.entities[0].employees", "$.entities[0].annualRevenue",
                "$.opportunities[0].amount", "$.opportunities[0].createdAt", "$.intent[0].strength",
                "$.intent[0].observedAt");
    }

    @Test
    void jurisdictions_must_be_iso_alpha_2() {
        Bundle bundle = Bundle.builder().add(Bundle.Entity.named("E1", "A", "GER"))
                .add(Bundle.Entity.named("E2", "B", "XX")).add(Bundle.Entity.named("E3", "C", "GB")).build();
        assertThat(paths(bundle)).containsExactly("$.entities[0].jurisdiction", "$.entities[1].jurisdiction");
    }

    @Test
    void malformed_and_repeated_emails_are_rejected() {
        Bundle bundle = Bundle.builder().add(E1).add(C1)
                .add(new Bundle.Contact("C2", "E1", null, "JON@acme.de", null, null, null))
                .add(new Bundle.Contact("C3", "E1", null, "not-an-email", null, null, null)).build();
        assertThat(paths(bundle)).containsExactly("$.contacts[1].email", "$.contacts[2].email");
    }

    @Test
    void keys_and_indexed_values_too_long_to_index_are_rejected_before_the_database_sees_them() {
        String longest = "E".repeat(Errors.MAX_KEY_LENGTH);
        String tooLong = longest + "X";
        Bundle bundle = Bundle.builder().add(Bundle.Entity.named(longest, "fits", null))
                .add(Bundle.Entity.named(tooLong, "too long", null))
                .add(new Bundle.Entity("E3", "C", "L".repeat(501), null, null, null, null, "d".repeat(254), null))
                .add(Bundle.Ownership.of(tooLong, longest, 0.5))
                .add(new Bundle.Contact("C1", longest, null, "a".repeat(250) + "@b.de", null, null, null)).build();
        assertThat(paths(bundle)).containsExactly("$.entities[1].id", "$.entities[2].lei", "$.entities[2].domain",
                "$.ownership[0].owner", "$.contacts[0].email");
        assertThat(errors(bundle).get(0).message()).isEqualTo("must have at most 500 characters, had 501");
    }

    @Test
    void email_of_another_contact_in_the_graph_is_rejected() {
        KnownIds graph = new Fake(Set.of(), Set.of(), Set.of(), Map.of("jon@acme.de", "C9"));
        assertThat(paths(Bundle.builder().add(E1).add(C1).build(), graph)).containsExactly("$.contacts[0].email");
    }

    @Test
    void references_are_known_from_the_bundle_or_the_graph() {
        Bundle bundle = Bundle.builder()
                .add(Bundle.Ownership.of("P-IN-GRAPH", "E-IN-GRAPH", 0.5))
                .add(Bundle.Ownership.of("NOBODY", "E-IN-GRAPH", 0.5))
                .add(new Bundle.Engagement("V1", "C-IN-GRAPH", "EMAIL_OPEN", "2026-01-01", null, null))
                .add(new Bundle.Engagement("V2", "C-NOWHERE", "EMAIL_OPEN", "2026-01-01", null, null))
                .add(new Bundle.CommitteeSeat("O-NOWHERE", "C-IN-GRAPH", "CHAMPION")).build();
        KnownIds graph = new Fake(Set.of("E-IN-GRAPH"), Set.of("P-IN-GRAPH"), Set.of("C-IN-GRAPH"), Map.of());
        assertThat(paths(bundle, graph)).containsExactly("$.ownership[1].owner", "$.engagements[1].contact",
                "$.committee[0].opportunity");
    }

    @Test
    void committee_seats_need_a_known_contact_and_role() {
        Bundle bundle = Bundle.builder().add(E1).add(C1)
                .add(new Bundle.Opportunity("O1", "E1", null, "OPEN", null, null, null, List.of(
                        new Bundle.CommitteeSeat(null, "C1", "CHAMPION"),
                        new Bundle.CommitteeSeat(null, "C2", "HERO"),
                        new Bundle.CommitteeSeat("O2", "C1", null)))).build();
        assertThat(paths(bundle)).containsExactlyInAnyOrder("$.opportunities[0].committee[1].contact",
                "$.opportunities[0].committee[1].role", "$.opportunities[0].committee[2].opportunity",
                "$.opportunities[0].committee[2].role", "$.opportunities[0].committee[2].contact");
    }

    @Test
    void null_rows_are_reported_not_thrown() {
        Bundle bundle = new Bundle(java.util.Arrays.asList(E1, null), null, null, null, null, null, null, null,
                null, null);
        assertThat(paths(bundle)).containsExactly("$.entities[1]");
    }

    @Test
    void both_date_and_instant_are_accepted_for_every_time_field() {
        assertThat(Times.date("2021-06-30T23:30:00-02:00")).contains(java.time.LocalDate.of(2021, 7, 1));
        assertThat(Times.instant("2021-06-30")).map(t -> t.toInstant().toString()).contains("2021-06-30T00:00:00Z");
        assertThat(Times.instant("2021-06-30T10:15:00")).map(t -> t.toInstant().toString()).contains("2021-06-30T10:15:00Z");
        assertThat(Times.instant("30/06/2021")).isEmpty();
    }

    private record Fake(Set<String> entities, Set<String> persons, Set<String> contacts, Map<String, String> emails)
            implements KnownIds {
        public Set<String> entities(Collection<String> ids) {
            return Set.copyOf(ids.stream().filter(entities::contains).toList());
        }

        public Set<String> persons(Collection<String> ids) {
            return Set.copyOf(ids.stream().filter(persons::contains).toList());
        }

        public Set<String> contacts(Collection<String> ids) {
            return Set.copyOf(ids.stream().filter(contacts::contains).toList());
        }

        public Set<String> opportunities(Collection<String> ids) {
            return Set.of();
        }

        public Map<String, String> emailOwners(Collection<String> emails) {
            return this.emails;
        }
    }
}
