package io.qualgraph.tools.seed;

import static io.qualgraph.scoring.EngagementType.*;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.qualgraph.scoring.CommitteeRole;
import io.qualgraph.scoring.OpportunityOutcome;
import io.qualgraph.scoring.EngagementType;

/** The research burst before an opportunity opens, the selling while it is open, and usage after a win. */
final class DealEvents {

    private static final long DAY = 86_400;

    private final Rand rand;
    private final Family family;
    private final Campaigns campaigns;
    private final long from;
    private final long to;

    DealEvents(Rand rand, Family family, Campaigns campaigns, long from, long to) {
        this.rand = rand;
        this.family = family;
        this.campaigns = campaigns;
        this.from = from;
        this.to = to;
    }

    void before(Deal deal, int contactCount, List<Ev> events) {
        Set<Integer> people = new LinkedHashSet<>();
        deal.committee.forEach(s -> people.add(s.contact()));
        int others = rand.between(0, 2);
        for (int k = 0; k < others; k++) {
            people.add((int) rand.below(contactCount));
        }
        double intensity = (1.5 + 7 * family.propensity) * Math.exp(0.45 * deal.heat);
        for (int person : people) {
            int n = rand.poisson(intensity);
            for (int k = 0; k < n; k++) {
                double u = rand.uniform();
                long at = deal.createdAt - (long) (75 * DAY * u * u) - rand.below(DAY);
                add(person, EventCatalog.TYPES[rand.weighted(EventCatalog.BUYING)], at, events);
            }
        }
        if (rand.chance(Rand.sigmoid(-0.6 + 2.5 * (family.propensity - 0.5) + 0.9 * deal.heat))) {
            int who = rand.pick(deal.committee).contact();
            add(who, DEMO_REQUEST, deal.createdAt - DAY - rand.below(54 * DAY), events);
        }
    }

    void during(Deal deal, List<Ev> events) {
        long end = Math.min(deal.plannedClose, to);
        for (Deal.Seat seat : deal.committee) {
            int n = rand.poisson(2.5);
            for (int k = 0; k < n && end > deal.createdAt; k++) {
                add(seat.contact(), EventCatalog.TYPES[rand.weighted(EventCatalog.SELLING)],
                        deal.createdAt + rand.below(end - deal.createdAt), events);
            }
        }
        if (deal.outcome == OpportunityOutcome.WON) {
            deal.committee.stream().filter(s -> s.role() == CommitteeRole.USER || s.role() == CommitteeRole.CHAMPION
                    || s.role() == CommitteeRole.TECHNICAL_EVALUATOR).forEach(s -> usage(s.contact(), deal, events));
        }
    }

    private void usage(int contact, Deal deal, List<Ev> events) {
        long span = to - deal.plannedClose;
        int logins = span <= 0 ? 0 : Math.min(25, rand.poisson(0.04 * span / DAY));
        for (int k = 0; k < logins; k++) {
            add(contact, PRODUCT_LOGIN, deal.plannedClose + rand.below(span), events);
        }
    }

    private void add(int contact, EngagementType type, long at, List<Ev> events) {
        if (at >= from && at < to) {
            int campaign = Math.max(0, campaigns.before(at));
            events.add(EventCatalog.event(rand, contact, type, at, campaigns.topic(campaign), family.industry.name()));
        }
    }
}
