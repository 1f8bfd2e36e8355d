package io.qualgraph.tools.seed;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Simulates one family over the window: deals are planned, intent surges before them, contacts engage (more so
 * before deals), each deal's outcome is drawn from what happened before it, then come selling and usage events.
 */
final class FamilyActivity {

    final List<Ev> events = new ArrayList<>();
    final List<Deal> deals;
    final List<Signal> intent;
    final List<SeedLead> leads;

    FamilyActivity(Rand rand, Family family, List<SeedContact> contacts, Campaigns campaigns, long from, long to) {
        deals = new DealPlanner(rand, family, contacts).plan(java.time.Instant.ofEpochSecond(from),
                java.time.Instant.ofEpochSecond(to));
        intent = IntentFactory.forFamily(rand, family, deals, from, to);
        new BaselineEvents(rand, family, campaigns, from, to).add(contacts, events);
        DealEvents dealEvents = new DealEvents(rand, family, campaigns, from, to);
        deals.forEach(deal -> dealEvents.before(deal, contacts.size(), events));
        for (Deal deal : deals) {
            Outcomes.decide(rand, family, deal, events, intent, to);
            dealEvents.during(deal, events);
        }
        events.sort(Comparator.comparingLong(Ev::at).thenComparingInt(Ev::contact)
                .thenComparing(e -> e.type().ordinal()));
        leads = LeadFactory.forFamily(rand, family, contacts, events, deals, to);
    }
}
