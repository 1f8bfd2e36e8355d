package io.qualgraph.tools.seed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.qualgraph.scoring.EngagementType;
import io.qualgraph.scoring.Seniority;

/**
 * Leads as a CRM holds them. Forms, webinars and trade fairs carry what the person typed (an e-mail, a name, a
 * title, a company, a country) and must be resolved on intake: known people by their e-mail, people with a personal
 * address by the company name, new people at a family's domain (subsidiaries' included), the same person twice
 * within days (a duplicate), and people at companies the graph does not hold. Outbound sequences and partner
 * registrations name a contact picked from the CRM.
 */
final class LeadFactory {

    private static final List<String> EVENTS = List.of("Hannover Messe 2026", "Web Summit 2025", "DMEXCO 2025",
            "Money20/20 Europe 2026", "SaaStr Europa 2026");
    private static final List<String> PARTNERS = List.of("Northbeam Consulting", "Kappa Data Partners", "Orbis Integration");
    private static final List<String> UTM = List.of("google", "linkedin", "newsletter", "g2", "direct");
    /** Companies no family holds: their leads resolve to nothing and are qualified on what they say. */
    private static final List<List<String>> UNKNOWN = List.of(
            List.of("Quantara Analytics GmbH", "quantara-analytics.de", "DE"),
            List.of("Morrow & Finch Ltd", "morrowfinch.co.uk", "GB"),
            List.of("Veltrix Systems B.V.", "veltrix.nl", "NL"),
            List.of("Lumara Retail SAS", "lumara-retail.fr", "FR"),
            List.of("Brightsea Logistics AB", "brightsea.se", "SE"),
            List.of("Nuvola Software S.r.l.", "nuvola-software.it", "IT"),
            List.of("Pinecrest Dental LLC", "pinecrestdental.com", "US"));
    private static final long DAY = 86_400;
    /** Below this firmographic fit a family is no customer of ours, and its leads are disqualified as such. */
    static final double POOR_FIT = -0.2;

    private LeadFactory() {
    }

    static List<SeedLead> forFamily(Rand rand, Family family, List<SeedContact> contacts, List<Ev> events,
            List<Deal> deals, long end) {
        Map<String, SeedEntity> entities = new HashMap<>();
        family.members.forEach(e -> entities.put(e.id(), e));
        List<SeedLead> leads = new ArrayList<>();
        for (Ev e : events) {
            SeedContact who = contacts.get(e.contact());
            SeedLead.Person typed = typed(who, entities.get(who.entity()));
            if (e.type() == EngagementType.DEMO_REQUEST && rand.chance(0.6)) {
                inbound(rand, leads, lead(rand, family, who, typed, "INBOUND_FORM", e.at(), deals, end,
                        Map.of("form", "demo-request", "utmSource", rand.pick(UTM))), end);
            } else if (e.type() == EngagementType.FORM_SUBMIT && rand.chance(0.1)) {
                inbound(rand, leads, lead(rand, family, who, typed, "INBOUND_FORM", e.at(), deals, end,
                        Map.of("form", e.topic(), "utmSource", rand.pick(UTM))), end);
            } else if (e.type() == EngagementType.WEBINAR_ATTENDED && rand.chance(0.06)) {
                inbound(rand, leads, lead(rand, family, who, typed, "WEBINAR", e.at(), deals, end,
                        Map.of("webinar", e.topic(), "attended", true)), end);
            }
        }
        for (SeedContact c : contacts) {
            long at = end - rand.below(500 * DAY);
            if (rand.chance(0.012)) {
                leads.add(lead(rand, family, c, typed(c, entities.get(c.entity())), "EVENT", at, deals, end,
                        Map.of("event", rand.pick(EVENTS), "badgeScanned", true)));
            } else if (rand.chance(0.015) && c.emailKind() == SeedContact.EmailKind.COMPANY) {
                leads.add(lead(rand, family, c, null, "OUTBOUND", at, deals, end, Map.of("sequence",
                        "ICP outbound Q" + rand.between(1, 4), "touches", rand.between(1, 8))));
            } else if (rand.chance(0.006)) {
                leads.add(lead(rand, family, c, null, "PARTNER", at, deals, end, Map.of("partner",
                        rand.pick(PARTNERS), "dealRegistration", rand.chance(0.5))));
            }
        }
        newPeople(rand, family, contacts, deals, end, leads);
        if (rand.chance(0.1)) {
            leads.add(unknownCompany(rand, end));
        }
        return leads;
    }

    /** What a known person types into a form: the company is the entity they work at. */
    private static SeedLead.Person typed(SeedContact contact, SeedEntity entity) {
        return new SeedLead.Person(contact.email(), contact.name(), contact.title(), null, entity.name(),
                entity.jurisdiction());
    }

    /** Adds the lead and, now and then, the same form again a few days later: a duplicate for intake to find. */
    private static void inbound(Rand rand, List<SeedLead> leads, SeedLead lead, long end) {
        leads.add(lead);
        if (rand.chance(0.06)) {
            long again = lead.createdAt() + rand.between(1, 20) * DAY + rand.below(DAY);
            if (again < end) {
                leads.add(lead.at(again));
            }
        }
    }

    /** People the CRM has never seen, at one of the family's domains: intake makes them contacts. */
    private static void newPeople(Rand rand, Family family, List<SeedContact> contacts, List<Deal> deals, long end,
            List<SeedLead> leads) {
        List<SeedEntity> operating = family.operating();
        if (operating.isEmpty()) {
            return;
        }
        Set<String> emails = new HashSet<>();
        contacts.forEach(c -> emails.add(c.email()));
        int n = rand.poisson(0.2 + 1.5 * family.propensity);
        for (int i = 0; i < n; i++) {
            SeedEntity entity = rand.pick(operating);
            Country country = Country.of(entity.jurisdiction());
            String first = rand.pick(country.firstNames());
            String last = rand.pick(country.lastNames());
            String email = Stems.mailbox(first) + "." + Stems.mailbox(last) + "@" + entity.domain();
            if (!emails.add(email)) {
                continue;
            }
            SeedLead.Person person = stranger(rand, first, last, email, country, entity.name());
            long at = end - rand.below(500 * DAY);
            boolean junior = SeedContact.junior(Seniority.valueOf(person.seniority()));
            leads.add(new SeedLead(null, person, rand.chance(0.7) ? "INBOUND_FORM" : "WEBINAR", at,
                    status(rand, at, end, junior, converted(deals, at), family.fit < POOR_FIT),
                    new TreeMap<>(Map.of("form", "contact us", "utmSource", rand.pick(UTM)))));
        }
    }

    private static SeedLead unknownCompany(Rand rand, long end) {
        List<String> company = rand.pick(UNKNOWN);
        Country country = Country.of(company.get(2));
        String first = rand.pick(country.firstNames());
        String last = rand.pick(country.lastNames());
        SeedLead.Person person = stranger(rand, first, last, Stems.mailbox(first) + "@" + company.get(1), country,
                company.get(0));
        long at = end - rand.below(500 * DAY);
        String status = end - at < 14 * DAY ? "NEW" : rand.pick(List.of("WORKING", "NURTURE", "NURTURE"));
        return new SeedLead(null, person, "INBOUND_FORM", at, status,
                new TreeMap<>(Map.of("form", "contact us", "utmSource", rand.pick(UTM))));
    }

    /** Someone the CRM has never seen, as their form reads: a seniority, a department and the title they go with. */
    private static SeedLead.Person stranger(Rand rand, String first, String last, String email, Country country,
            String company) {
        Seniority seniority = Seniority.values()[rand.weighted(ContactFactory.SENIORITY_WEIGHTS)];
        String department = Titles.DEPARTMENTS.get(rand.weighted(Titles.DEPARTMENT_WEIGHTS));
        return new SeedLead.Person(email, first + " " + last, Titles.title(rand, seniority, department,
                country.code()), seniority.name(), company, country.code());
    }

    private static SeedLead lead(Rand rand, Family family, SeedContact contact, SeedLead.Person typed, String source,
            long at, List<Deal> deals, long end, Map<String, Object> attributes) {
        return new SeedLead(typed == null ? contact.id() : null, typed, source, at,
                status(rand, at, end, !contact.canBuy(), converted(deals, at), family.fit < POOR_FIT),
                new TreeMap<>(attributes));
    }

    private static boolean converted(List<Deal> deals, long at) {
        return deals.stream().anyMatch(d -> d.createdAt >= at && d.createdAt - at < 90 * DAY);
    }

    /**
     * The status the CRM holds, consistent with what happened afterwards: converted only when the family opened an
     * opportunity within 90 days and the person could buy; disqualified only for a reason the data shows (a
     * student, intern or competitor, or a family that does not fit); otherwise worked, nurtured or qualified.
     */
    private static String status(Rand rand, long at, long end, boolean cannotBuy, boolean converted, boolean poorFit) {
        return end - at < 14 * DAY ? "NEW"
                : cannotBuy ? (rand.chance(0.85) ? "DISQUALIFIED" : "NURTURE")
                : converted ? (rand.chance(0.7) ? "CONVERTED" : "QUALIFIED")
                : poorFit && rand.chance(0.6) ? "DISQUALIFIED"
                : rand.pick(List.of("WORKING", "NURTURE", "NURTURE", "QUALIFIED"));
    }
}
