package io.qualgraph.tools.seed;

import static io.qualgraph.scoring.CommitteeRole.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.qualgraph.scoring.CommitteeRole;

/** When a family opens opportunities, for which member, and who sits on each buying committee. */
final class DealPlanner {

    private static final CommitteeRole[] OTHERS = {TECHNICAL_EVALUATOR, DECISION_MAKER, INFLUENCER, PROCUREMENT,
            USER, BLOCKER};
    private static final double[] OTHER_WEIGHTS = {3, 2, 2, 1.5, 2, 0.6};
    private static final long DAY = 86_400;

    private final Rand rand;
    private final Family family;
    private final List<SeedContact> contacts;

    DealPlanner(Rand rand, Family family, List<SeedContact> contacts) {
        this.rand = rand;
        this.family = family;
        this.contacts = contacts;
    }

    List<Deal> plan(Instant from, Instant to) {
        List<Deal> deals = new ArrayList<>();
        if (contacts.isEmpty()) {
            return deals;
        }
        double mean = 3.0 * (0.1 + 2.5 * family.propensity * family.propensity) * Math.sqrt(contacts.size() / 6.0);
        int n = rand.poisson(mean);
        Instant first = from.plusSeconds(75 * DAY);
        for (int i = 0; i < n; i++) {
            long created = Dates.between(rand, first, to.minusSeconds(5 * DAY)).getEpochSecond();
            long cycle = (long) (Math.min(240, Math.max(10, rand.logNormal(55, 0.5))) * DAY);
            Deal deal = new Deal(null, created, created + cycle, rand.gaussian());
            deals.add(staffed(deal));
        }
        deals.sort(Comparator.comparingLong(d -> d.createdAt));
        return deals;
    }

    private Deal staffed(Deal planned) {
        int anchor = pickFor(null, planned, null);
        Deal deal = new Deal(contacts.get(anchor).entity(), planned.createdAt, planned.plannedClose, planned.heat);
        int size = Math.min(6, 1 + rand.poisson(0.6 + 2.2 * family.propensity + 0.3 * planned.heat));
        double p = family.propensity;
        if (rand.chance(0.25 + 0.5 * p + 0.1 * planned.heat)) {
            seat(deal, ECONOMIC_BUYER);
        }
        if (deal.committee.size() < size && rand.chance(0.3 + 0.5 * p + 0.1 * planned.heat)) {
            seat(deal, CHAMPION);
        }
        while (deal.committee.size() < size && deal.committee.size() < contacts.size()) {
            seat(deal, OTHERS[rand.weighted(OTHER_WEIGHTS)]);
        }
        if (deal.committee.isEmpty()) {
            deal.committee.add(new Deal.Seat(anchor, INFLUENCER));
        }
        return deal;
    }

    private void seat(Deal deal, CommitteeRole role) {
        int chosen = pickFor(role, deal, deal.entity);
        if (chosen >= 0) {
            deal.committee.add(new Deal.Seat(chosen, role));
        }
    }

    /** The best-suited free contact for a role, with some randomness; -1 when everyone already sits. */
    private int pickFor(CommitteeRole role, Deal deal, String entity) {
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < contacts.size(); i++) {
            int index = i;
            if (deal.committee.stream().anyMatch(s -> s.contact() == index)) {
                continue;
            }
            SeedContact c = contacts.get(i);
            double score = CommitteeFit.score(role, c) + rand.uniform(0, 1.5)
                    + (entity != null && c.entity().equals(entity) ? 1 : 0);
            if (score > bestScore) {
                bestScore = score;
                best = i;
            }
        }
        return best;
    }
}
