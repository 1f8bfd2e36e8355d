package io.qualgraph.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Corporate families from controlling stakes (DESIGN §3): each entity has at most one controlling parent (a legal
 * entity holding more than half by its lower bound); following parents upward ends at the ultimate parent. A control
 * cycle has no top: its lowest id stands as the ultimate parent and the cycle is reported. Pure: no Spring, no driver.
 */
final class ControlArithmetic {

    /** Families of a set of entities: parent and ultimate parent of each, control cycles, findings. */
    record Result(Map<String, String> parentOf, Map<String, String> ultimateOf, List<List<String>> cycles,
            List<Finding> findings) {

        /** The members of {@code ultimateId}'s family in id order, each with its control path up to the parent. */
        Families.Family family(String ultimateId) {
            List<Families.Member> members = new ArrayList<>();
            ultimateOf.entrySet().stream().filter(e -> e.getValue().equals(ultimateId)).map(Map.Entry::getKey).sorted()
                    .forEach(id -> members.add(new Families.Member(id, controlPath(id))));
            return new Families.Family(ultimateId, members);
        }

        /** Every family, ordered by ultimate parent id, members in id order: one pass over the entities. */
        List<Families.Family> families() {
            Map<String, TreeSet<String>> membersOf = new java.util.TreeMap<>();
            ultimateOf.forEach((id, top) -> membersOf.computeIfAbsent(top, t -> new TreeSet<>()).add(id));
            List<Families.Family> families = new ArrayList<>(membersOf.size());
            membersOf.forEach((top, ids) -> families.add(new Families.Family(top,
                    ids.stream().map(id -> new Families.Member(id, controlPath(id))).toList())));
            return families;
        }

        /**
         * Whether every entity's parents lead to its ultimate parent through entities of the same family. Always true
         * for a result this class resolved; memberships maintained at write time but read while another write commits
         * (reads see each node as last committed) may not be.
         */
        boolean consistent() {
            for (Map.Entry<String, String> entity : ultimateOf.entrySet()) {
                String top = entity.getValue();
                String at = entity.getKey();
                for (int steps = 0; !at.equals(top); steps++) {
                    at = parentOf.get(at);
                    if (at == null || !top.equals(ultimateOf.get(at)) || steps > ultimateOf.size()) {
                        return false;
                    }
                }
            }
            return true;
        }

        List<String> controlPath(String id) {
            String top = ultimateOf.get(id);
            List<String> path = new ArrayList<>(List.of(id));
            for (String at = id; !at.equals(top); ) {
                at = parentOf.get(at);
                path.add(at);
            }
            return path;
        }
    }

    private ControlArithmetic() {
    }

    /**
     * The family {@code ultimateId} as maintained at write time, from its members read elsewhere, each a list
     * [id, controlling parent] (parent null for the ultimate parent); empty when those rows do not make one consistent
     * family (see {@link Result#consistent()}).
     */
    static Optional<Families.Family> maintained(String ultimateId, List<List<String>> members) {
        Map<String, String> parentOf = new LinkedHashMap<>();
        Map<String, String> ultimateOf = new HashMap<>();
        for (List<String> member : members) {
            ultimateOf.put(member.get(0), ultimateId);
            if (member.get(1) != null) {
                parentOf.put(member.get(0), member.get(1));
            }
        }
        Result result = new Result(parentOf, ultimateOf, List.of(), List.of());
        return result.consistent() && ultimateOf.containsKey(ultimateId) ? Optional.of(result.family(ultimateId))
                : Optional.empty();
    }

    /** Resolves the families of {@code entityIds} (and of every legal-entity owner in the stakes, combined per pair). */
    static Result resolve(Collection<String> entityIds, List<Holding> stakes) {
        List<Holding> holdings = Holding.combine(stakes);
        List<Finding> findings = new ArrayList<>();
        Map<String, String> parentOf = parents(holdings, findings);
        TreeSet<String> nodes = new TreeSet<>(entityIds);
        holdings.stream().filter(h -> !h.ownerIsPerson()).forEach(h -> {
            nodes.add(h.ownerId());
            nodes.add(h.ownedId());
        });
        Map<String, String> ultimateOf = new HashMap<>();
        List<List<String>> cycles = new ArrayList<>();
        for (String node : nodes) {
            resolveFrom(node, parentOf, ultimateOf, cycles);
        }
        return new Result(parentOf, ultimateOf, cycles, findings);
    }

    private static Map<String, String> parents(List<Holding> holdings, List<Finding> findings) {
        Map<String, List<Holding>> controllers = new LinkedHashMap<>();
        holdings.stream().filter(Holding::controlling)
                .forEach(h -> controllers.computeIfAbsent(h.ownedId(), k -> new ArrayList<>()).add(h));
        Map<String, String> parentOf = new HashMap<>();
        controllers.forEach((owned, candidates) -> {
            candidates.sort(Comparator.comparingDouble(Holding::min).reversed().thenComparing(Holding::ownerId));
            parentOf.put(owned, candidates.get(0).ownerId());
            if (candidates.size() > 1) {
                findings.add(new Finding(Finding.Code.MULTIPLE_CONTROLLERS, owned,
                        candidates.stream().map(Holding::ownerId).toList(),
                        candidates.size() + " legal entities each hold more than half; " + candidates.get(0).ownerId() + " taken as parent"));
            }
        });
        return parentOf;
    }

    private static void resolveFrom(String start, Map<String, String> parentOf, Map<String, String> ultimateOf,
            List<List<String>> cycles) {
        List<String> walk = new ArrayList<>();
        Map<String, Integer> onWalk = new HashMap<>();
        String at = start;
        String top;
        while (true) {
            if (ultimateOf.containsKey(at)) {
                top = ultimateOf.get(at);
                break;
            }
            if (onWalk.containsKey(at)) {
                List<String> cycle = walk.subList(onWalk.get(at), walk.size());
                top = cycle.stream().min(Comparator.naturalOrder()).orElseThrow();
                cycles.add(Cycles.canonical(Cycles.reversed(cycle)));
                break;
            }
            onWalk.put(at, walk.size());
            walk.add(at);
            String parent = parentOf.get(at);
            if (parent == null) {
                top = at;
                break;
            }
            at = parent;
        }
        for (String id : walk) {
            ultimateOf.put(id, top);
        }
    }
}
