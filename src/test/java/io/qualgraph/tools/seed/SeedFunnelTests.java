package io.qualgraph.tools.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The demo seed looks like a real pipeline (issue 11 item 10, issue 10 item 7): most families are cold today, a few
 * are hot, company names are not numbered copies, and lead statuses agree with who the person is and what followed.
 */
class SeedFunnelTests {

    private static final Set<String> NOT_POSITIVE = Set.of("CAREERS_PAGE_VISIT", "UNSUBSCRIBE");

    private final Generated seed = Generated.demo();
    private final List<Family> families = SeedGenerator.world(Generated.DEMO).families;
    private final Map<String, Map<String, Object>> contacts = seed.byId("contacts");

    @Test
    void most_families_are_cold_today_and_a_few_are_hot() {
        Map<String, Family> familyOf = new HashMap<>();
        families.forEach(f -> f.members.forEach(e -> familyOf.put(e.id(), f)));
        Instant end = Dates.startOf(Generated.DEMO.referenceDate());
        Map<Family, Set<Object>> engaged = new HashMap<>();
        for (Map<String, Object> e : seed.rows("engagements")) {
            Instant at = Instant.parse(e.get("at").toString());
            if (!NOT_POSITIVE.contains(e.get("type")) && at.isAfter(end.minus(30, ChronoUnit.DAYS))) {
                Family family = familyOf.get((String) contacts.get((String) e.get("contact")).get("entity"));
                engaged.computeIfAbsent(family, f -> new HashSet<>()).add(e.get("contact"));
            }
        }
        Set<Family> withContacts = new HashSet<>();
        contacts.values().forEach(c -> withContacts.add(familyOf.get((String) c.get("entity"))));
        long cold = withContacts.stream()
                .filter(f -> engaged.getOrDefault(f, Set.of()).size() <= 2).count();
        long hot = engaged.values().stream().filter(people -> people.size() >= 6).count();
        System.out.printf("Seed funnel: %d families with contacts, %d with at most 2 engaged in the last 30 days, %d "
                + "with 6 or more%n", withContacts.size(), cold, hot);
        assertThat(cold).as("cold families").isGreaterThanOrEqualTo(withContacts.size() / 2);
        assertThat(hot).as("hot families").isBetween(3L, withContacts.size() / 5L);
    }

    @Test
    void no_company_name_is_a_numbered_copy() {
        assertThat(seed.rows("entities")).noneMatch(e -> ((String) e.get("name")).matches(".*\\d.*"));
    }

    @Test
    void converted_leads_are_buyers_and_disqualified_leads_say_why() {
        Map<String, Double> fitOfEntity = new HashMap<>();
        families.forEach(f -> f.members.forEach(e -> fitOfEntity.put(e.id(), f.fit)));
        Map<String, Map<String, Object>> byEmail = new HashMap<>();
        contacts.values().forEach(c -> byEmail.put((String) c.get("email"), c));
        int converted = 0;
        int disqualified = 0;
        for (Map<String, Object> lead : seed.rows("leads")) {
            Map<String, Object> person = lead.containsKey("contact") ? contacts.get((String) lead.get("contact"))
                    : byEmail.getOrDefault((String) lead.get("email"), lead);
            if ("CONVERTED".equals(lead.get("status"))) {
                converted++;
                assertThat(cannotBuy(person)).as("converted lead %s is a student, intern or competitor",
                        lead.get("id")).isFalse();
            }
            if ("DISQUALIFIED".equals(lead.get("status"))) {
                disqualified++;
                assertThat(cannotBuy(person) || fitOfEntity.getOrDefault(entityOf(person), 0.0) < LeadFactory.POOR_FIT)
                        .as("disqualified lead %s has a reason", lead.get("id")).isTrue();
            }
        }
        assertThat(converted).isPositive();
        assertThat(disqualified).isPositive();
    }

    @Test
    void leads_arrive_as_forms_that_must_be_resolved() {
        List<Map<String, Object>> leads = seed.rows("leads");
        Set<String> known = new HashSet<>();
        contacts.values().forEach(c -> known.add((String) c.get("email")));
        Set<String> domains = new HashSet<>();
        seed.rows("entities").forEach(e -> domains.add((String) e.get("domain")));
        Map<String, Integer> seen = new HashMap<>();
        int knownPeople = 0;
        int newPeople = 0;
        int unknownCompanies = 0;
        for (Map<String, Object> lead : leads) {
            String email = (String) lead.get("email");
            if (email == null) {
                assertThat(lead).containsKey("contact");
                continue;
            }
            seen.merge(email, 1, Integer::sum);
            boolean atFamily = domains.contains(email.substring(email.indexOf('@') + 1));
            knownPeople += known.contains(email) ? 1 : 0;
            newPeople += !known.contains(email) && atFamily ? 1 : 0;
            unknownCompanies += !known.contains(email) && !atFamily ? 1 : 0;
        }
        System.out.printf("Seed leads: %d, %d forms of known people, %d of new people at a family's domain, %d at "
                + "unknown companies, %d e-mails sent twice%n", leads.size(), knownPeople, newPeople, unknownCompanies,
                seen.values().stream().filter(n -> n > 1).count());
        assertThat(knownPeople).isGreaterThan(leads.size() / 3);
        assertThat(newPeople).isPositive();
        assertThat(unknownCompanies).isPositive();
        assertThat(seen.values()).anyMatch(n -> n > 1);
    }

    /** The contact's entity, or for a new person the entity whose domain their e-mail is at. */
    private String entityOf(Map<String, Object> person) {
        if (person.containsKey("entity")) {
            return (String) person.get("entity");
        }
        String email = (String) person.get("email");
        return seed.rows("entities").stream().filter(e -> email.endsWith("@" + e.get("domain")))
                .map(e -> (String) e.get("id")).findFirst().orElse(null);
    }

    private static boolean cannotBuy(Map<String, Object> person) {
        String email = (String) person.get("email");
        String domain = email == null ? "" : email.substring(email.indexOf('@') + 1);
        return ContactFactory.STUDENT_DOMAINS.contains(domain) || ContactFactory.COMPETITOR_DOMAINS.contains(domain)
                || Set.of("INTERN", "STUDENT").contains(person.get("seniority"));
    }
}
