package io.qualgraph.risk;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Walks over one day's stakes: downward reach from a set of parties, and effective shares of persons upward. */
final class OwnershipWalk {

    private final Map<String, List<RiskGraph.Stake>> byOwner = new HashMap<>();
    private final Map<String, List<RiskGraph.Stake>> byOwned = new HashMap<>();

    OwnershipWalk(RiskGraph day) {
        for (RiskGraph.Stake s : day.stakes()) {
            byOwner.computeIfAbsent(s.ownerId(), k -> new ArrayList<>()).add(s);
            byOwned.computeIfAbsent(s.ownedId(), k -> new ArrayList<>()).add(s);
        }
    }

    List<RiskGraph.Stake> ownersOf(String id) {
        return byOwned.getOrDefault(id, List.of());
    }

    /** Every party reachable downward from {@code sources} (themselves included), each with one shortest chain. */
    Map<String, List<String>> reach(Collection<String> sources) {
        Map<String, List<String>> chains = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        for (String s : sources) {
            if (chains.putIfAbsent(s, List.of(s)) == null) {
                queue.add(s);
            }
        }
        while (!queue.isEmpty()) {
            String at = queue.poll();
            for (RiskGraph.Stake s : byOwner.getOrDefault(at, List.of())) {
                if (!chains.containsKey(s.ownedId())) {
                    List<String> chain = new ArrayList<>(chains.get(at));
                    chain.add(s.ownedId());
                    chains.put(s.ownedId(), chain);
                    queue.add(s.ownedId());
                }
            }
        }
        return chains;
    }

    /**
     * Upper-bound effective share of each owner in {@code target} (DESIGN §3: multiply along each simple path, add
     * across paths), depth- and path-bounded; with one example path per owner.
     */
    Map<String, Share> effectiveShares(String target, int maxDepth, int maxPaths) {
        Map<String, Share> out = new HashMap<>();
        List<String> path = new ArrayList<>(List.of(target));
        int[] budget = {maxPaths};
        walk(target, 1.0, path, maxDepth, budget, out);
        return out;
    }

    /** An owner's effective share (upper bound) and one path from it down to the target. */
    record Share(double value, List<String> path) {
    }

    private void walk(String at, double product, List<String> path, int depth, int[] budget, Map<String, Share> out) {
        if (depth == 0) {
            return;
        }
        for (RiskGraph.Stake s : ownersOf(at)) {
            if (budget[0]-- <= 0 || path.contains(s.ownerId())) {
                continue;
            }
            double value = product * s.high();
            path.add(0, s.ownerId());
            List<String> copy = List.copyOf(path);
            out.merge(s.ownerId(), new Share(value, copy), (a, b) -> new Share(a.value() + b.value(), a.path()));
            walk(s.ownerId(), value, path, depth - 1, budget, out);
            path.remove(0);
        }
    }
}
