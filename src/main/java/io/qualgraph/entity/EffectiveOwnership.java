package io.qualgraph.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Effective ownership (DESIGN §3): the share of an owner in a target is the sum, over every simple ownership path
 * of at most {@code depth} stakes, of the product of the stakes along it; bands give a lower and an upper bound.
 * Cycles met on the way are reported, never walked twice. Pure: no Spring, no driver.
 */
final class EffectiveOwnership {

    /** How far to look: stakes per path, and paths explored in all before stopping. */
    record Limits(int depth, int maxPaths) {
    }

    /** One owner's effective share in the target, as bounds, with each path (owner first, target last). */
    record OwnerShare(String ownerId, boolean person, double min, double max, List<List<Holding>> paths) {
    }

    /** Every owner reached, the cycles met (canonical), and whether the path limit cut the walk short. */
    record Result(Map<String, OwnerShare> owners, Set<List<String>> cycles, boolean truncated) {
    }

    private final Map<String, List<Holding>> incoming;
    private final Limits limits;
    private final Map<String, Accumulator> owners = new LinkedHashMap<>();
    private final Set<List<String>> cycles = new LinkedHashSet<>();
    private final List<String> pathNodes = new ArrayList<>();
    private final List<Holding> pathStakes = new ArrayList<>();
    private int explored;
    private boolean truncated;

    private EffectiveOwnership(Map<String, List<Holding>> incoming, Limits limits) {
        this.incoming = incoming;
        this.limits = limits;
    }

    /** Walks upward from {@code targetId} over {@code holdings} (stakes valid at one instant). */
    static Result compute(String targetId, List<Holding> holdings, Limits limits) {
        return compute(targetId, byOwned(holdings), limits);
    }

    /** The holdings (stakes valid at one instant), parallel ones combined, indexed by the entity held. */
    static Map<String, List<Holding>> byOwned(List<Holding> holdings) {
        Map<String, List<Holding>> byOwned = new HashMap<>();
        for (Holding h : Holding.combine(holdings)) {
            byOwned.computeIfAbsent(h.ownedId(), k -> new ArrayList<>()).add(h);
        }
        return byOwned;
    }

    /** Walks upward from {@code targetId} over holdings already indexed by {@link #byOwned}. */
    static Result compute(String targetId, Map<String, List<Holding>> byOwned, Limits limits) {
        EffectiveOwnership walk = new EffectiveOwnership(byOwned, limits);
        walk.pathNodes.add(targetId);
        walk.visit(targetId, 1, 1);
        Map<String, OwnerShare> shares = new LinkedHashMap<>();
        walk.owners.forEach((id, a) -> shares.put(id, new OwnerShare(id, a.person, a.min, Math.min(1, a.max), a.paths)));
        return new Result(shares, walk.cycles, walk.truncated);
    }

    private void visit(String node, double min, double max) {
        if (pathStakes.size() >= limits.depth()) {
            return;
        }
        for (Holding h : incoming.getOrDefault(node, List.of())) {
            int onPath = pathNodes.indexOf(h.ownerId());
            if (onPath >= 0) {
                cycles.add(cycleClosedBy(onPath));
                continue;
            }
            if (explored >= limits.maxPaths()) {
                truncated = true;
                return;
            }
            explored++;
            pathNodes.add(h.ownerId());
            pathStakes.add(h);
            double low = min * h.min();
            double high = max * h.max();
            owners.computeIfAbsent(h.ownerId(), id -> new Accumulator(h.ownerIsPerson())).add(low, high, pathStakes);
            visit(h.ownerId(), low, high);
            pathNodes.remove(pathNodes.size() - 1);
            pathStakes.remove(pathStakes.size() - 1);
        }
    }

    private List<String> cycleClosedBy(int from) {
        List<String> cycle = new ArrayList<>();
        cycle.add(pathNodes.get(from));
        for (int i = pathNodes.size() - 1; i > from; i--) {
            cycle.add(pathNodes.get(i));
        }
        return Cycles.canonical(cycle);
    }

    private static final class Accumulator {
        final boolean person;
        double min;
        double max;
        final List<List<Holding>> paths = new ArrayList<>();

        Accumulator(boolean person) {
            this.person = person;
        }

        void add(double low, double high, List<Holding> stakesFromTarget) {
            min += low;
            max += high;
            List<Holding> path = new ArrayList<>(stakesFromTarget);
            java.util.Collections.reverse(path);
            paths.add(List.copyOf(path));
        }
    }
}
