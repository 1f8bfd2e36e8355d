package io.qualgraph.tools.seed;

import java.util.ArrayList;
import java.util.List;

/** Third-party intent for a subset of families: background noise plus surges before they open opportunities. */
final class IntentFactory {

    private static final List<String> TOPICS = List.of("account-based marketing", "lead scoring", "graph database",
            "KYC software", "sanctions screening", "customer data platform", "sales intelligence");
    private static final List<String> SOURCES = List.of("surge-feed", "review-site", "ad-network");
    private static final long DAY = 86_400;

    private IntentFactory() {
    }

    static List<Signal> forFamily(Rand rand, Family family, List<Deal> deals, long from, long to) {
        List<Signal> signals = new ArrayList<>();
        List<SeedEntity> targets = family.operating();
        if (targets.isEmpty() || !rand.chance(0.25 + 0.5 * family.propensity)) {
            return signals;
        }
        int background = rand.poisson(8 * (0.5 + family.propensity));
        for (int i = 0; i < background; i++) {
            signals.add(signal(rand, family, targets, from + rand.below(to - from), 0));
        }
        for (Deal deal : deals) {
            int surge = rand.poisson(1.5 + deal.heat);
            for (int i = 0; i < surge; i++) {
                long at = deal.createdAt - (10 + rand.below(50)) * DAY;
                if (at >= from) {
                    signals.add(signal(rand, family, targets, at, 0.2 + 0.1 * deal.heat));
                }
            }
        }
        return signals;
    }

    private static Signal signal(Rand rand, Family family, List<SeedEntity> targets, long at, double lift) {
        double strength = 0.15 + 0.35 * family.propensity + lift + 0.12 * rand.gaussian();
        return new Signal(rand.chance(0.6) ? targets.get(0).id() : rand.pick(targets).id(), rand.pick(TOPICS),
                Rows.round(Math.min(1, Math.max(0.01, strength)), 2), at, rand.pick(SOURCES));
    }
}
