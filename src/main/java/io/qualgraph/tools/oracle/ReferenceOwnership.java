package io.qualgraph.tools.oracle;

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

import io.qualgraph.entity.OwnsRow;

/**
 * The in-memory reference implementation of DESIGN §3 over plain arrays, written independently of the production
 * path: stakes valid on a day are sorted and merged per pair into incoming-edge arrays, control is an array walk,
 * effective ownership a breadth-first enumeration of simple paths. The property tests' oracle; the benchmark times it.
 */
public final class ReferenceOwnership {

    /** A person's effective share bounds, verdict and number of paths. */
    public record Owner(double min, double max, boolean uncertain, int paths) {
    }

    /** What the reference says about one entity on one day. */
    public record Answer(String ultimateParent, Set<String> family, Map<String, Owner> beneficialOwners, Set<List<String>> cycles,
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

    public ReferenceOwnership(List<String> entityIds, List<String> personIds, List<OwnsRow> edges) {
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
            OwnsRow e = edges.get(k);
            from[k] = index.get(e.ownerId());
            to[k] = index.get(e.ownedId());
            known[k] = e.share() != null || e.shareMin() != null || e.shareMax() != null;
            low[k] = e.share() != null ? e.share() : e.shareMin() != null ? e.shareMin() : 0;
            high[k] = e.share() != null ? e.share() : e.shareMax() != null ? e.shareMax() : 1;
            since[k] = e.since() == null ? Long.MIN_VALUE : e.since().toEpochDay();
            until[k] = e.until() == null ? Long.MAX_VALUE : e.until().toEpochDay();
        }
    }

    /** The reference answer for {@code target} on {@code date}. */
    public Answer answer(String target, LocalDate date, int depth, double threshold) {
        ReferenceDay day = new ReferenceDay(this, date.toEpochDay());
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

    int nodes() {
        return ids.length;
    }

    int entities() {
        return entities;
    }

    String id(int node) {
        return ids[node];
    }

    int edges() {
        return from.length;
    }

    boolean validOn(int edge, long day) {
        return since[edge] <= day && until[edge] > day;
    }

    int from(int edge) {
        return from[edge];
    }

    int to(int edge) {
        return to[edge];
    }

    double low(int edge) {
        return low[edge];
    }

    double high(int edge) {
        return high[edge];
    }

    boolean known(int edge) {
        return known[edge];
    }

    /** Ultimate parent of every entity: walk parents; a walk that meets itself ends at the cycle's lowest id. */
    private int[] ultimateParents(ReferenceDay day) {
        int[] top = new int[entities];
        Arrays.fill(top, -1);
        int[] mark = new int[entities];
        int[] walk = new int[entities + 1];
        for (int i = 0; i < entities; i++) {
            int length = 0;
            int at = i;
            while (at >= 0 && top[at] < 0 && mark[at] != i + 1) {
                mark[at] = i + 1;
                walk[length++] = at;
                at = day.parent(at);
            }
            int result;
            if (at < 0) {
                result = walk[length - 1];
            } else if (top[at] >= 0) {
                result = top[at];
            } else {
                result = at;
                for (int k = length - 1; walk[k] != at; k--) {
                    result = ids[walk[k]].compareTo(ids[result]) < 0 ? walk[k] : result;
                }
            }
            for (int k = 0; k < length; k++) {
                top[walk[k]] = result;
            }
        }
        return top;
    }

    private void paths(ReferenceDay day, int t, int depth, double threshold, Map<String, Owner> out, Set<List<String>> cycles) {
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
            for (int c = day.start[at]; c < day.start[at + 1]; c++) {
                int o = day.owner[c];
                int onPath = indexOf(path, o);
                if (onPath >= 0) {
                    cycles.add(cycle(path, onPath));
                    continue;
                }
                double lo = product[0] * day.min[c];
                double hi = product[1] * day.max[c];
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

    private List<String> cycle(int[] path, int start) {
        List<String> cycle = new ArrayList<>();
        cycle.add(ids[path[start]]);
        for (int k = path.length - 1; k > start; k--) {
            cycle.add(ids[path[k]]);
        }
        int first = 0;
        for (int k = 1; k < cycle.size(); k++) {
            first = cycle.get(k).compareTo(cycle.get(first)) < 0 ? k : first;
        }
        List<String> rotated = new ArrayList<>(cycle.subList(first, cycle.size()));
        rotated.addAll(cycle.subList(0, first));
        return rotated;
    }

    private Set<String> findings(ReferenceDay day, int t, int depth) {
        int[] distance = new int[entities];
        Arrays.fill(distance, Integer.MAX_VALUE);
        distance[t] = 0;
        int[] queue = new int[entities];
        int head = 0;
        int tail = 0;
        queue[tail++] = t;
        Set<String> findings = new TreeSet<>();
        while (head < tail) {
            int at = queue[head++];
            if (distance[at] >= depth) {
                continue;
            }
            double total = 0;
            List<String> owners = new ArrayList<>();
            for (int c = day.start[at]; c < day.start[at + 1]; c++) {
                int o = day.owner[c];
                total += day.min[c];
                owners.add(ids[o]);
                addFindings(findings, day, c, at, o);
                if (o < entities && distance[o] == Integer.MAX_VALUE) {
                    distance[o] = distance[at] + 1;
                    queue[tail++] = o;
                }
            }
            if (total > 1 + EPS) {
                owners.sort(null);
                findings.add("SHARES_ABOVE_100_PERCENT|" + ids[at] + "|" + String.join(",", owners));
            }
        }
        return findings;
    }

    private void addFindings(Set<String> findings, ReferenceDay day, int c, int at, int o) {
        if (o == at) {
            findings.add("SELF_OWNERSHIP|" + ids[at] + "|" + ids[o]);
        }
        if (day.unknown[c]) {
            findings.add("UNKNOWN_SHARE|" + ids[at] + "|" + ids[o]);
        }
        if (day.count[c] > 1) {
            findings.add("OVERLAPPING_STAKES|" + ids[at] + "|" + ids[o]);
        }
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
