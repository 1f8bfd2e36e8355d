package io.qualgraph.tools.seed;

import static io.qualgraph.scoring.EngagementType.*;

import java.util.List;

import io.qualgraph.scoring.Seniority;
import io.qualgraph.scoring.EngagementType;
import io.qualgraph.tools.seed.SeedContact.EmailKind;

/** Everyday engagement of each contact over the window, driven by the family's propensity. */
final class BaselineEvents {

    private final Rand rand;
    private final Family family;
    private final Campaigns campaigns;
    private final long from;
    private final long to;

    BaselineEvents(Rand rand, Family family, Campaigns campaigns, long from, long to) {
        this.rand = rand;
        this.family = family;
        this.campaigns = campaigns;
        this.from = from;
        this.to = to;
    }

    void add(List<SeedContact> contacts, List<Ev> events) {
        for (int i = 0; i < contacts.size(); i++) {
            contact(i, contacts.get(i), events);
        }
    }

    private void contact(int index, SeedContact c, List<Ev> events) {
        double days = (to - from) / 86_400.0;
        double rate = 0.028 * c.activity() * (0.02 + 1.0 * family.propensity * family.propensity)
                * seniorityFactor(c.seniority());
        double[] weights = EventCatalog.BASELINE.clone();
        weights[CAREERS_PAGE_VISIT.ordinal()] *= c.junior() ? 12 : c.seniority() == Seniority.INDIVIDUAL ? 2 : 1;
        boolean unsubscribes = rand.chance(Math.min(1, c.activity()) * (0.02 + 0.05 * (1 - family.propensity)
                + (c.emailKind() == EmailKind.PERSONAL ? 0.05 : 0))); // only people who read our mail leave it
        long unsubscribedAt = unsubscribes ? from + rand.below(to - from) : Long.MAX_VALUE;
        int n = rand.poisson(rate * days);
        for (int k = 0; k < n; k++) {
            EngagementType type = EventCatalog.TYPES[rand.weighted(weights)];
            boolean email = type == EMAIL_OPEN || type == EMAIL_CLICK;
            int campaign = campaigns.pick(rand);
            long at = email ? campaigns.sentAt(campaign) + (long) (3600 * rand.logNormal(5, 1.2))
                    : from + rand.below(to - from);
            if (at >= to || email && at >= unsubscribedAt) {
                continue;
            }
            events.add(EventCatalog.event(rand, index, type, at, campaigns.topic(campaign), family.industry.name()));
            if (type == TRIAL_SIGNUP) {
                trialLogins(index, at, events);
            }
        }
        if (unsubscribes) {
            events.add(EventCatalog.event(rand, index, UNSUBSCRIBE, unsubscribedAt, null, null));
        }
    }

    void trialLogins(int index, long start, List<Ev> events) {
        int logins = rand.between(0, 6);
        for (int k = 0; k < logins; k++) {
            long at = start + rand.below(14 * 86_400L);
            if (at < to) {
                events.add(EventCatalog.event(rand, index, PRODUCT_LOGIN, at, null, null));
            }
        }
    }

    private static double seniorityFactor(Seniority seniority) {
        return switch (seniority) {
            case C_LEVEL -> 0.5;
            case VP -> 0.7;
            case DIRECTOR -> 1.0;
            case MANAGER -> 1.2;
            case INDIVIDUAL -> 1.0;
            case INTERN, STUDENT -> 0.8;
        };
    }
}
