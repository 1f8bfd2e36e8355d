package io.qualgraph.support;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which labels grew far enough since the planner's statistics were last brought up to date that a plan made on the
 * old statistics may be badly wrong: at least doubled, and by at least {@code minNodes} nodes (so that a label going
 * from one node to two does not count). Pure.
 */
final class LabelGrowth {

    private LabelGrowth() {
    }

    static Set<String> doubled(Map<String, Long> before, Map<String, Long> now, long minNodes) {
        Set<String> grown = new TreeSet<>();
        now.forEach((label, nodes) -> {
            long was = before.getOrDefault(label, 0L);
            if (nodes >= 2 * was && nodes - was >= minNodes) {
                grown.add(label);
            }
        });
        return grown;
    }
}
