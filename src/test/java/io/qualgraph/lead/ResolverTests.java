package io.qualgraph.lead;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

import io.qualgraph.scoring.LeadModel;
import io.qualgraph.scoring.Models;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import static org.assertj.core.api.Assertions.assertThat;

class ResolverTests {

    private static final LeadModel.Resolution RULES = Models.defaultModel().lead().resolution();

    private static LeadKeys keys(String contact, String email, String lei, String domain, String company,
            String country) {
        return new LeadKeys("L1", contact, email, lei, domain, null, null, company, CompanyNames.normalise(company),
                country);
    }

    private static Candidates.Entity entity(String id, String name, String country, String domain, long contacts) {
        return new Candidates.Entity(id, name, country, domain, "P-" + id, contacts);
    }

    private static Candidates none() {
        return new Candidates(null, null, List.of(), List.of(), List.of(), List.of(), null);
    }

    @Test
    void a_given_contact_wins_over_everything_else() {
        Candidates c = new Candidates(new Candidates.Person("C1", "Ann Berg", "E1", "Acme GmbH", "P1"),
                new Candidates.Person("C2", "Bo Lind", "E2", "Acme AB", "P2"),
                List.of(entity("E3", "Other", "DE", null, 0)), List.of(), List.of(), List.of(), null);
        Resolution r = Resolver.resolve(keys("C1", "x@acme.de", "LEI", "acme.de", "Acme", "DE"), c, RULES);
        assertThat(r.contactId()).isEqualTo("C1");
        assertThat(r.match().method()).isEqualTo(MatchMethod.CONTACT_ID);
        assertThat(r.match().accountId()).isEqualTo("P1");
        assertThat(r.match().evidence()).containsExactly(
                "the lead names contact Ann Berg (C1), who works at Acme GmbH (E1)");
        assertThat(r.newContactId()).isNull();
    }

    @Test
    void a_domain_held_by_several_entities_goes_to_the_lead_country_then_the_biggest_family() {
        Candidates c = new Candidates(null, null, List.of(), List.of(entity("US1", "Acme Inc", "US", "acme.com", 50),
                entity("DE1", "Acme GmbH", "DE", "acme.com", 3), entity("DE2", "Acme Sales GmbH", "DE", "acme.com", 9)),
                List.of(), List.of(), null);
        Resolution r = Resolver.resolve(keys(null, "ann@acme.com", null, "acme.com", null, "DE"), c, RULES);
        assertThat(r.match().entityId()).isEqualTo("DE2");
        assertThat(r.match().method()).isEqualTo(MatchMethod.EMAIL_DOMAIN);
        assertThat(r.match().alternatives()).extracting(Match.Alternative::entityId).containsExactly("DE1", "US1");
        assertThat(r.match().evidence()).containsExactly(
                "e-mail domain acme.com is the domain of Acme Sales GmbH (DE2, DE)",
                "3 entities fit; chose Acme Sales GmbH (DE2): its family has the most contacts (9)");
        assertThat(r.match().alternatives().get(1).reason()).contains("Acme Sales GmbH is in DE, the lead's country");
        assertThat(r.match().confidence()).isLessThan(1.0);
        assertThat(r.newContactId()).isEqualTo("C-L1");
    }

    @Test
    void the_most_specific_domain_wins() {
        Candidates c = new Candidates(null, null, List.of(), List.of(entity("P", "Acme", "DE", "acme.de", 100),
                entity("S", "Acme Sales", "DE", "sales.acme.de", 1)), List.of(), List.of(), null);
        assertThat(Resolver.resolve(keys(null, "a@sales.acme.de", null, "sales.acme.de", null, "DE"), c, RULES)
                .match().entityId()).isEqualTo("S");
    }

    @Test
    void a_company_name_matches_with_a_confidence_below_one_and_only_above_the_threshold() {
        Candidates c = new Candidates(null, null, List.of(), List.of(), List.of(),
                List.of(entity("E1", "Zenith Motors AG", "DE", null, 0), entity("E2", "Acme Industries GmbH", "DE", null, 0)),
                null);
        Resolution r = Resolver.resolve(keys(null, "ann@gmail.com", null, null, "ACME Industries Ltd.", "DE"), c, RULES);
        assertThat(r.match().entityId()).isEqualTo("E2");
        assertThat(r.match().method()).isEqualTo(MatchMethod.COMPANY_NAME);
        assertThat(r.match().confidence()).isEqualTo(RULES.nameConfidence());
        assertThat(r.match().alternatives()).isEmpty();
    }

    @Test
    void a_name_alternative_says_which_comparison_it_lost() {
        Candidates c = new Candidates(null, null, List.of(), List.of(), List.of(),
                List.of(entity("E4", "Acme Industries AG", "DE", null, 2),
                        entity("E1", "Acme Industries GmbH", "DE", null, 7),
                        entity("E3", "Acme Industries SE", "DE", null, 7),
                        entity("E2", "Acme Industria GmbH", "DE", null, 90)),
                null);
        Resolution r = Resolver.resolve(keys(null, "ann@gmail.com", null, null, "Acme Industries", "DE"), c, RULES);
        assertThat(r.match().entityId()).isEqualTo("E1");
        assertThat(r.match().alternatives()).extracting(Match.Alternative::entityId).containsExactly("E3", "E4", "E2");
        assertThat(r.match().alternatives()).extracting(Match.Alternative::reason).satisfiesExactly(
                same -> assertThat(same).isEqualTo("similarity 1.000 as well and as many contacts in its family (7);"
                        + " the chosen E1 has the lower id"),
                fewer -> assertThat(fewer)
                        .isEqualTo("similarity 1.000 as well, but its family has 2 contacts against 7"),
                lower -> assertThat(lower).startsWith("similarity 0.").endsWith(", below the chosen 1.000"));
    }

    @Test
    void a_hit_in_another_country_does_not_match() {
        Candidates c = new Candidates(null, null, List.of(), List.of(), List.of(),
                List.of(entity("E1", "Acme GmbH", "AT", null, 0)), null);
        Resolution r = Resolver.resolve(keys(null, "ann@gmail.com", null, null, "Acme", "DE"), c, RULES);
        assertThat(r.match()).isNull();
        assertThat(r.newContactId()).isNull();
    }

    @Test
    void nothing_matching_keeps_the_lead_unmatched_with_its_duplicate() {
        Candidates c = new Candidates(null, null, List.of(), List.of(), List.of(), List.of(), "L0");
        Resolution r = Resolver.resolve(keys(null, "ann@nowhere.example", null, "nowhere.example", "Nowhere", "DE"),
                c, RULES);
        assertThat(r.match()).isNull();
        assertThat(r.duplicateOf()).isEqualTo("L0");
        assertThat(none().byName()).isEmpty();
    }

    @Test
    void families_are_counted_only_where_two_or_more_candidates_contend() {
        Candidates.Person ann = new Candidates.Person("C1", "Ann Berg", "E1", "Acme GmbH", "P1");
        LeadKeys byDomain = keys(null, "a@acme.de", null, "acme.de", null, "DE");
        assertThat(Resolver.familiesToCount(byDomain, new Candidates(null, ann, List.of(), List.of(
                uncounted("P", "Acme", "DE", "acme.de"), uncounted("S", "Acme Sales", "DE", "acme.de")), List.of(),
                List.of(), null), RULES)).isEmpty();
        assertThat(Resolver.familiesToCount(byDomain, new Candidates(null, null, List.of(), List.of(
                uncounted("P", "Acme", "DE", "acme.de")), List.of(), List.of(), null), RULES)).isEmpty();
        assertThat(Resolver.familiesToCount(byDomain, new Candidates(null, null, List.of(), List.of(
                uncounted("P", "Acme", "DE", "acme.de"), uncounted("S", "Acme Sales", "DE", "acme.de")), List.of(),
                List.of(), null), RULES)).containsExactlyInAnyOrder("P-P", "P-S");

        LeadKeys byName = keys(null, "ann@gmail.com", null, null, "Acme Industries", "DE");
        assertThat(Resolver.familiesToCount(byName, new Candidates(null, null, List.of(), List.of(), List.of(),
                List.of(uncounted("E1", "Zenith Motors AG", "DE", null),
                        uncounted("E2", "Acme Industries GmbH", "DE", null)),
                null), RULES)).isEmpty();
        assertThat(Resolver.familiesToCount(byName, new Candidates(null, null, List.of(), List.of(), List.of(),
                List.of(uncounted("E1", "Acme Industries AG", "DE", null),
                        uncounted("E2", "Acme Industries SE", "DE", null),
                        uncounted("E3", "Acme Industries Ltd", "GB", null),
                        uncounted("E4", "Zenith Motors AG", "DE", null)),
                null), RULES)).containsExactlyInAnyOrder("P-E1", "P-E2");
    }

    /**
     * Counting only the families {@link Resolver#familiesToCount} names decides as counting every family would, with
     * the same evidence and alternatives, and no uncounted family shows in them.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void counting_only_contending_families_resolves_as_counting_all(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String[] names = {"Acme Industries GmbH", "Acme Industries AG", "ACME Industria SE", "Acme Holding",
            "Zenith Motors AG", "Acme"};
        String[] countries = {"DE", "FR", null};
        String[] domains = {"acme.de", "sales.acme.de"};
        Map<String, Long> contacts = new HashMap<>();
        List<List<Candidates.Entity>> steps = new ArrayList<>();
        for (int step = 0; step < 4; step++) {
            List<Candidates.Entity> found = new ArrayList<>();
            int size = random.nextInt(4) == 0 ? random.nextInt(5) : 0;
            for (int i = 0; i < size; i++) {
                String account = "F" + random.nextInt(4);
                contacts.putIfAbsent(account, (long) random.nextInt(3));
                found.add(new Candidates.Entity("E" + step + i, names[random.nextInt(names.length)],
                        countries[random.nextInt(2)], domains[random.nextInt(domains.length)], account,
                        Candidates.Entity.NOT_COUNTED));
            }
            steps.add(found);
        }
        Candidates uncounted = new Candidates(null, null, steps.get(0), steps.get(1), steps.get(2), steps.get(3), null);
        LeadKeys lead = new LeadKeys("L1", null, "ann@gmail.com", "LEI1", "acme.de", null, "acme.de",
                names[random.nextInt(names.length)], null, countries[random.nextInt(countries.length)]);
        lead = new LeadKeys(lead.leadId(), null, lead.email(), lead.lei(), lead.emailDomain(), null,
                lead.websiteDomain(), lead.company(), CompanyNames.normalise(lead.company()), lead.country());

        Resolution everyFamily = Resolver.resolve(lead, uncounted.withFamilyContacts(contacts), RULES);
        Map<String, Long> contending = new HashMap<>();
        Resolver.familiesToCount(lead, uncounted, RULES)
                .forEach(account -> contending.put(account, contacts.get(account)));
        Resolution contendingOnly = Resolver.resolve(lead, uncounted.withFamilyContacts(contending), RULES);

        assertThat(contendingOnly).isEqualTo(everyFamily);
        if (contendingOnly.match() != null) {
            assertThat(String.join(" ", contendingOnly.match().evidence())).doesNotContain("-1");
            assertThat(contendingOnly.match().alternatives())
                    .allSatisfy(a -> assertThat(a.reason()).doesNotContain("-1"));
        }
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 200);
    }

    private static Candidates.Entity uncounted(String id, String name, String country, String domain) {
        return new Candidates.Entity(id, name, country, domain, "P-" + id, Candidates.Entity.NOT_COUNTED);
    }
}
