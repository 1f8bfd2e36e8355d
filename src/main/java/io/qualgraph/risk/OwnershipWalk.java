package io.qualgraph.risk;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Walks over one day's stakes: the direct owners of an entity, and everything reached downward from a set of parties. */
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
}
