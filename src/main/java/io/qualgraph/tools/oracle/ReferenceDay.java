package io.qualgraph.tools.oracle;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;


/**
 * The stakes of a {@link ReferenceOwnership} graph valid on one day, merged per (owner, owned) pair and stored as
 * incoming-edge arrays: the merged stakes held in node n are {@code start[n] .. start[n + 1] - 1}.
 */
final class ReferenceDay {

    final int[] start;
    final int[] owner;
    final double[] min;
    final double[] max;
    final int[] count;
    final boolean[] unknown;
    final int[] directOwners;
    final int[] directHoldings;
    private final ReferenceOwnership graph;

    ReferenceDay(ReferenceOwnership graph, long day) {
        this.graph = graph;
        int nodes = graph.nodes();
        directOwners = new int[nodes];
        directHoldings = new int[nodes];
        Integer[] valid = IntStream.range(0, graph.edges()).filter(e -> graph.validOn(e, day)).boxed().toArray(Integer[]::new);
        Arrays.sort(valid, Comparator.<Integer>comparingInt(graph::to).thenComparingInt(graph::from));
        start = new int[nodes + 1];
        owner = new int[valid.length];
        min = new double[valid.length];
        max = new double[valid.length];
        count = new int[valid.length];
        unknown = new boolean[valid.length];
        int merged = -1;
        for (int k = 0; k < valid.length; k++) {
            int e = valid[k];
            directOwners[graph.to(e)]++;
            if (graph.from(e) < graph.entities()) {
                directHoldings[graph.from(e)]++;
            }
            if (merged < 0 || owner[merged] != graph.from(e) || graph.to(valid[k - 1]) != graph.to(e)) {
                merged++;
                owner[merged] = graph.from(e);
                start[graph.to(e) + 1]++;
            }
            min[merged] += graph.low(e);
            max[merged] = Math.min(1, max[merged] + graph.high(e));
            count[merged]++;
            unknown[merged] |= !graph.known(e);
        }
        for (int n = 0; n < nodes; n++) {
            start[n + 1] += start[n];
        }
    }

    /** The controlling parent of {@code child}: the legal entity with the largest merged stake above half, lowest id on ties. */
    int parent(int child) {
        int best = -1;
        for (int c = start[child]; c < start[child + 1]; c++) {
            int o = owner[c];
            if (o != child && o < graph.entities() && min[c] > 0.5
                    && (best < 0 || min[c] > min[best] || (min[c] == min[best] && graph.id(o).compareTo(graph.id(owner[best])) < 0))) {
                best = c;
            }
        }
        return best < 0 ? -1 : owner[best];
    }
}
