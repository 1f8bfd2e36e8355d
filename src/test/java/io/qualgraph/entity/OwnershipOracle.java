package io.qualgraph.entity;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The reference implementation of DESIGN §3 over plain arrays, written independently of the production code:
 * stake matrices per day, control by array walks, effective ownership by breadth-first enumeration of simple paths.
 * The test oracle for the property tests; also timed by the benchmark.
 */
final class OwnershipOracle {

    /** A person's effective share bounds, verdict and number of paths. */
    record Owner(double min, double max, boolean uncertain, int paths) {
    }

    /** What the oracle says about one entity on one day. */
    record Answer(String ultimateParent, Set<String> family, Map<String, Owner> beneficialOwners, Set<List<String>> cycles,
            Set<String> findings, int directOwners, int directHoldings) {
    }

    private static final double EPS = 1e-9;
    private final String[] ids;
    private final int entities;
    private final Map<String, Integer> index = new HashMap<>();
    private final int[] from;
    private final int[] to;
    private final double[] low;
    private final double[] high;
    private final boolean[] known;
    private final long[] since;
    private final long[] until;

    OwnershipOracle(List<String> entityIds, List<String> personIds, List<RandomOwnership.Edge> edges) {
        entities = entityIds.size();
        ids = new String[entities + personIds.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = i < entities ? entityIds.get(i) : personIds.get(i - entities);
            index.put(ids[i], i);
        }
        int m = edges.size();
        from = new int[m];
        to = new int[m];
        low = new double[m];
        high = new double[m];
        known = new boolean[m];
        since = new long[m];
        until = new long[m];
        for (int k = 0; k < m; k++) {
            RandomOwnership.Edge e = edges.get(k);
            from[k] = index.get(e.owner());
            to[k] = index.get(e.owned());
            known[k] = e.share() != null || e.shareMin() != null || e.shareMax() != null;
            low[k] = e.share() != null ? e.share() : e.shareMin() != null ? e.shareMin() : 0;
            high[k] = e.share() != null ? e.share() : e.shareMax() != null ? e.shareMax() : 1;
            since[k] = e.since() == null ? Long.MIN_VALUE : e.since().toEpochDay();
            until[k] = e.until() == null ? Long.MAX_VALUE : e.until().toEpochDay();
        }
    }

    /** Stakes combined per (owner, owned) pair on one day. */
    private final class Day {
        final double[][] min = new double[ids.length][entities];
        final double[][] max = new double[ids.length][entities];
        final int[][] count = new int[ids.length][entities];
        final boolean[][] unknown = new boolean[ids.length][entities];
        int[] directOwners = new int[entities];
        int[] directHoldings = new int[entities];

        Day(long day) {
            for (int k = 0; k < from.length; k++) {
                if (since[k] <= day && until[k] > day) {
                    min[from[k]][to[k]] += low[k];
                    max[from[k]][to[k]] = Math.min(1, max[from[k]][to[k]] + high[k]);
                    count[from[k]][to[k]]++;
                    unknown[from[k]][to[k]] |= !known[k];
                    directOwners[to[k]]++;
                    if (from[k] < entities) {
                        directHoldings[from[k]]++;
                    }
                }
            }
        }

        int parent(int child) {
            int best = -1;
            for (int o = 0; o < entities; o++) {
                if (o != child && count[o][child] > 0 && min[o][child] > 0.5
                        && (best < 0 || min[o][child] > min[best][child]
                            || (min[o][child] == min[best][child] && ids[o].compareTo(ids[best]) < 0))) {
                    best = o;
                }
            }
            return best;
        }
    }

    /** The oracle's answer for {@code target} on {@code day}. */
    Answer answer(String target, LocalDate date, int depth, double threshold) {
        Day day = new Day(date.toEpochDay());
        int t = index.get(target);
        int[] top = ultimateParents(day);
        Set<String> family = new TreeSet<>();
        for (int i = 0; i < entities; i++) {
            if (top[i] == top[t]) {
                family.add(ids[i]);
            }
        }
        Map<String, Owner> owners = new HashMap<>();
        Set<List<String>> cycles = new HashSet<>();
        paths(day, t, depth, threshold, owners, cycles);
        return new Answer(ids[top[t]], family, owners, cycles, findings(day, t, depth), day.directOwners[t], day.directHoldings[t]);
    }

    /** Ultimate parent of every entity: walk parents; a walk that meets itself ends at the cycle's lowest id. */
    int[] ultimateParents(Day day) {
        int[] parent = new int[entities];
        for (int i = 0; i < entities; i++) {
            parent[i] = day.parent(i);
        }
        int[] top = new int[entities];
        for (int i = 0; i < entities; i++) {
            int[] position = new int[entities];
            Arrays.fill(position, -1);
            int[] walk = new int[entities + 1];
            int length = 0;
            int at = i;
            while (at >= 0 && position[at] < 0) {
                position[at] = length;
                walk[length++] = at;
                at = parent[at];
            }
            if (at < 0) {
                top[i] = walk[length - 1];
            } else {
                int lowest = at;
                for (int k = position[at]; k < length; k++) {
                    lowest = ids[walk[k]].compareTo(ids[lowest]) < 0 ? walk[k] : lowest;
                }
                top[i] = lowest;
            }
        }
        return top;
    }

    private void paths(Day day, int t, int depth, double threshold, Map<String, Owner> out, Set<List<String>> cycles) {
        double[] min = new double[ids.length];
        double[] max = new double[ids.length];
        int[] count = new int[ids.length];
        ArrayDeque<int[]> queue = new ArrayDeque<>();
        ArrayDeque<double[]> products = new ArrayDeque<>();
        queue.add(new int[] {t});
        products.add(new double[] {1, 1});
        while (!queue.isEmpty()) {
            int[] path = queue.poll();
            double[] product = products.poll();
            int at = path[path.length - 1];
            if (path.length - 1 >= depth) {
                continue;
            }
            for (int o = 0; o < ids.length; o++) {
                if (day.count[o][at] == 0) {
                    continue;
                }
                int onPath = indexOf(path, o);
                if (onPath >= 0) {
                    cycles.add(cycle(path, onPath));
                    continue;
                }
                double lo = product[0] * day.min[o][at];
                double hi = product[1] * day.max[o][at];
                min[o] += lo;
                max[o] += hi;
                count[o]++;
                if (o < entities) {
                    int[] longer = Arrays.copyOf(path, path.length + 1);
                    longer[path.length] = o;
                    queue.add(longer);
                    products.add(new double[] {lo, hi});
                }
            }
        }
        for (int p = entities; p < ids.length; p++) {
            if (count[p] > 0 && Math.min(1, max[p]) >= threshold - EPS) {
                out.put(ids[p], new Owner(min[p], Math.min(1, max[p]), min[p] < threshold - EPS, count[p]));
            }
        }
    }

    private List<String> cycle(int[] path, int from) {
        List<String> cycle = new ArrayList<>();
        cycle.add(ids[path[from]]);
        for (int k = path.length - 1; k > from; k--) {
            cycle.add(ids[path[k]]);
        }
        int start = 0;
        for (int k = 1; k < cycle.size(); k++) {
            start = cycle.get(k).compareTo(cycle.get(start)) < 0 ? k : start;
        }
        List<String> rotated = new ArrayList<>(cycle.subList(start, cycle.size()));
        rotated.addAll(cycle.subList(0, start));
        return rotated;
    }

    private Set<String> findings(Day day, int t, int depth) {
        int[] distance = new int[entities];
        Arrays.fill(distance, Integer.MAX_VALUE);
        distance[t] = 0;
        ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(t));
        while (!queue.isEmpty()) {
            int at = queue.poll();
            for (int o = 0; o < entities; o++) {
                if (day.count[o][at] > 0 && distance[o] == Integer.MAX_VALUE) {
                    distance[o] = distance[at] + 1;
                    queue.add(o);
                }
            }
        }
        Set<String> findings = new TreeSet<>();
        for (int c = 0; c < entities; c++) {
            if (distance[c] >= depth) {
                continue;
            }
            double total = 0;
            List<String> owners = new ArrayList<>();
            for (int o = 0; o < ids.length; o++) {
                if (day.count[o][c] == 0) {
                    continue;
                }
                total += day.min[o][c];
                owners.add(ids[o]);
                if (o == c) {
                    findings.add("SELF_OWNERSHIP|" + ids[c] + "|" + ids[o]);
                }
                if (day.unknown[o][c]) {
                    findings.add("UNKNOWN_SHARE|" + ids[c] + "|" + ids[o]);
                }
                if (day.count[o][c] > 1) {
                    findings.add("OVERLAPPING_STAKES|" + ids[c] + "|" + ids[o]);
                }
            }
            if (total > 1 + EPS) {
                owners.sort(null);
                findings.add("SHARES_ABOVE_100_PERCENT|" + ids[c] + "|" + String.join(",", owners));
            }
        }
        return findings;
    }

    private static int indexOf(int[] path, int node) {
        for (int k = 0; k < path.length; k++) {
            if (path[k] == node) {
                return k;
            }
        }
        return -1;
    }
}
