package io.qualgraph.tools.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.qualgraph.scoring.EngagementType;

/** Leads as a CRM holds them: forms and demo requests, webinars, trade fairs, outbound sequences, partners. */
final class LeadFactory {

    private static final List<String> EVENTS = List.of("Hannover Messe 2026", "Web Summit 2025", "DMEXCO 2025",
            "Money20/20 Europe 2026", "SaaStr Europa 2026");
    private static final List<String> PARTNERS = List.of("Northbeam Consulting", "Kappa Data Partners", "Orbis Integration");
    private static final List<String> UTM = List.of("google", "linkedin", "newsletter", "g2", "direct");
    private static final long DAY = 86_400;
    /** Below this firmographic fit a family is no customer of ours, and its leads are disqualified as such. */
    static final double POOR_FIT = -0.2;

    private LeadFactory() {
    }

    static List<SeedLead> forFamily(Rand rand, Family family, List<SeedContact> contacts, List<Ev> events,
            List<Deal> deals, long end) {
        List<SeedLead> leads = new ArrayList<>();
        for (Ev e : events) {
            SeedContact who = contacts.get(e.contact());
            if (e.type() == EngagementType.DEMO_REQUEST && rand.chance(0.6)) {
                leads.add(lead(rand, family, who, "INBOUND_FORM", e.at(), deals, end, Map.of("form", "demo-request",
                        "utmSource", rand.pick(UTM))));
            } else if (e.type() == EngagementType.FORM_SUBMIT && rand.chance(0.1)) {
                leads.add(lead(rand, family, who, "INBOUND_FORM", e.at(), deals, end, Map.of("form", e.topic(),
                        "utmSource", rand.pick(UTM))));
            } else if (e.type() == EngagementType.WEBINAR_ATTENDED && rand.chance(0.06)) {
                leads.add(lead(rand, family, who, "WEBINAR", e.at(), deals, end, Map.of("webinar", e.topic(),
                        "attended", true)));
            }
        }
        for (SeedContact c : contacts) {
            long at = end - rand.below(500 * DAY);
            if (rand.chance(0.012)) {
                leads.add(lead(rand, family, c, "EVENT", at, deals, end, Map.of("event", rand.pick(EVENTS),
                        "badgeScanned", true)));
            } else if (rand.chance(0.015) && c.emailKind() == SeedContact.EmailKind.COMPANY) {
                leads.add(lead(rand, family, c, "OUTBOUND", at, deals, end, Map.of("sequence",
                        "ICP outbound Q" + rand.between(1, 4), "touches", rand.between(1, 8))));
            } else if (rand.chance(0.006)) {
                leads.add(lead(rand, family, c, "PARTNER", at, deals, end, Map.of("partner", rand.pick(PARTNERS),
                        "dealRegistration", rand.chance(0.5))));
            }
        }
        return leads;
    }

    /**
     * The status the CRM holds, consistent with what happened afterwards: converted only when the family opened an
     * opportunity within 90 days and the person could buy; disqualified only for a reason the data shows (a
     * student, intern or competitor, or a family that does not fit); otherwise worked, nurtured or qualified.
     */
    private static SeedLead lead(Rand rand, Family family, SeedContact contact, String source, long at,
            List<Deal> deals, long end, Map<String, Object> attributes) {
        boolean converted = deals.stream().anyMatch(d -> d.createdAt >= at && d.createdAt - at < 90 * DAY);
        boolean cannotBuy = contact.junior() || contact.emailKind() == SeedContact.EmailKind.STUDENT
                || contact.emailKind() == SeedContact.EmailKind.COMPETITOR;
        String status = end - at < 14 * DAY ? "NEW"
                : cannotBuy ? (rand.chance(0.85) ? "DISQUALIFIED" : "NURTURE")
                : converted ? (rand.chance(0.7) ? "CONVERTED" : "QUALIFIED")
                : family.fit < POOR_FIT && rand.chance(0.6) ? "DISQUALIFIED"
                : rand.pick(List.of("WORKING", "NURTURE", "NURTURE", "QUALIFIED"));
        return new SeedLead(contact.id(), source, at, status, new java.util.TreeMap<>(attributes));
    }
}
