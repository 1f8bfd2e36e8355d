package io.qualgraph.risk;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Sanctions by ownership as the least fixpoint (ADR 0005): start from the listed parties, and block an entity as
 * soon as the stakes of blocked owners reach the regime's threshold. Each owner/owned stake is added once, when its
 * owner becomes blocked, so cycles terminate and nothing is counted twice; O(parties + stakes).
 */
final class SanctionsFixpoint {

    static final double HALF = 0.5;
    private static final double EPSILON = 1e-9;

    /** Why a party is blocked: its own listings, or the stakes of blocked owners that reached the threshold. */
    record Blocking(String id, List<RiskGraph.Flag> listings, List<RiskGraph.Stake> stakes, double total) {

        boolean listed() {
            return !listings.isEmpty();
        }
    }

    private SanctionsFixpoint() {
    }

    /**
     * Blocked parties of a graph already reduced to one day ({@link RiskGraph#on}); {@code bound} reads each stake
     * (lower bound for the verdict, upper bound for "possibly blocked").
     */
    static Map<String, Blocking> blocked(RiskGraph day, Regime regime, ToDoubleFunction<RiskGraph.Stake> bound) {
        Map<String, List<RiskGraph.Stake>> byOwner = new HashMap<>();
        day.stakes().forEach(s -> byOwner.computeIfAbsent(s.ownerId(), k -> new ArrayList<>()).add(s));
        Map<String, Blocking> blocked = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        for (RiskGraph.Flag f : day.flags()) {
            if (f.type() == RiskFlagType.SANCTIONED) {
                Blocking b = blocked.computeIfAbsent(f.subjectId(), id -> new Blocking(id, new ArrayList<>(), List.of(), 0));
                if (b.listings().isEmpty()) {
                    queue.add(f.subjectId());
                }
                b.listings().add(f);
            }
        }
        Map<String, List<RiskGraph.Stake>> held = new HashMap<>();
        Map<String, Double> totals = new HashMap<>();
        while (!queue.isEmpty()) {
            for (RiskGraph.Stake s : byOwner.getOrDefault(queue.poll(), List.of())) {
                String owned = s.ownedId();
                double value = bound.applyAsDouble(s);
                if (blocked.containsKey(owned) || value <= 0) {
                    continue;
                }
                List<RiskGraph.Stake> stakes = held.computeIfAbsent(owned, k -> new ArrayList<>());
                stakes.add(s);
                double total = totals.merge(owned, value, Double::sum);
                if (regime == Regime.AGGREGATE && total >= HALF - EPSILON) {
                    blocked.put(owned, new Blocking(owned, List.of(), List.copyOf(stakes), total));
                    queue.add(owned);
                } else if (regime == Regime.SINGLE_OWNER && value > HALF + EPSILON) {
                    blocked.put(owned, new Blocking(owned, List.of(), List.of(s), value));
                    queue.add(owned);
                }
            }
        }
        return blocked;
    }
}
