package io.qualgraph.tools.seed;

import static io.qualgraph.scoring.CommitteeRole.*;

import java.util.List;

import io.qualgraph.scoring.OpportunityOutcome;
import io.qualgraph.scoring.EngagementType;

/**
 * Whether a deal is won: a logistic function of what was observable when it was created (fit, engagement in
 * the 90 days before, demo and pricing activity in the 60 days before, committee breadth, intent) plus a hidden
 * deal quality and noise, so that a model can learn something real but not everything.
 */
final class Outcomes {

    private static final long DAY = 86_400;
    private static final List<String> OPEN_STAGES = List.of("DISCOVERY", "EVALUATION", "PROPOSAL", "NEGOTIATION");

    private Outcomes() {
    }

    static void decide(Rand rand, Family family, Deal deal, List<Ev> events, List<Signal> intent, long end) {
        int engagement = 0;
        int pricing = 0;
        boolean demo = false;
        for (Ev e : events) {
            long age = deal.createdAt - e.at();
            if (age > 0 && age <= 90 * DAY && e.positive()) {
                engagement++;
            }
            if (age > 0 && age <= 60 * DAY) {
                demo |= e.type() == EngagementType.DEMO_REQUEST;
                pricing += e.type() == EngagementType.PRICING_PAGE_VISIT ? 1 : 0;
            }
        }
        double strongest = intent.stream().filter(s -> s.observedAt() < deal.createdAt
                && s.observedAt() >= deal.createdAt - 90 * DAY).mapToDouble(Signal::strength).max().orElse(0);
        double z = -6.3 + 0.7 * family.fit + 0.35 * Math.log1p(engagement) + 0.7 * flag(deal.has(ECONOMIC_BUYER))
                + 0.6 * flag(deal.has(CHAMPION)) - 0.7 * flag(deal.has(BLOCKER)) + 0.1 * deal.committee.size()
                + 0.9 * flag(demo) + 0.15 * Math.min(pricing, 5) + 1.2 * strongest + 0.4 * deal.heat
                + 0.8 * rand.gaussian();
        boolean won = rand.chance(Rand.sigmoid(z));
        if (deal.plannedClose < end) {
            deal.outcome = won ? OpportunityOutcome.WON : OpportunityOutcome.LOST;
            deal.stage = won ? "CLOSED_WON" : "CLOSED_LOST";
        } else {
            long age = (end - deal.createdAt) / DAY;
            deal.stage = OPEN_STAGES.get((int) Math.min(3, age / 25));
        }
        double size = Math.pow(Math.max(family.employees(), 20) / 500.0, 0.45);
        double amount = 12_000 * size * rand.logNormal(1, 0.45) * (1 + 0.1 * deal.committee.size());
        deal.amount = Math.round(Math.min(2_500_000, Math.max(5_000, amount)) / 500) * 500.0;
    }

    private static double flag(boolean value) {
        return value ? 1 : 0;
    }
}
