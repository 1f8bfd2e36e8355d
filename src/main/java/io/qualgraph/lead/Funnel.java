package io.qualgraph.lead;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The lead funnel for a period: per group (source, tier or persona), how many leads reached each stage and the
 * conversion from each stage to the next. A lead that reached SQL also counts as MQL and SAL; rejected and recycled
 * leads are counted beside the chain. Pure.
 */
public final class Funnel {

    /** One lead as the funnel counts it: its group, whether it became MQL, and the stages decisions moved it to. */
    record Row(String group, boolean mql, List<String> stages) {
    }

    /** Counts per stage and the conversion rates between consecutive stages of the chain NEW → MQL → SAL → SQL → CONVERTED. */
    public record Group(String group, long leads, Map<LeadStage, Long> reached, Map<String, Double> conversion) {
    }

    /** The whole answer: the period, the grouping and one entry per group (plus {@code total}). */
    public record Report(Instant from, Instant to, String by, List<Group> groups, Group total) {
    }

    private static final List<LeadStage> CHAIN = List.of(LeadStage.MQL, LeadStage.SAL, LeadStage.SQL, LeadStage.CONVERTED);

    private Funnel() {
    }

    static Report of(List<Row> rows, Instant from, Instant to, String by) {
        Map<String, List<Row>> byGroup = new TreeMap<>();
        rows.forEach(r -> byGroup.computeIfAbsent(r.group(), g -> new ArrayList<>()).add(r));
        List<Group> groups = byGroup.entrySet().stream().map(e -> group(e.getKey(), e.getValue())).toList();
        return new Report(from, to, by, groups, group("total", rows));
    }

    private static Group group(String name, List<Row> rows) {
        Map<LeadStage, Long> reached = new EnumMap<>(LeadStage.class);
        for (LeadStage stage : LeadStage.values()) {
            reached.put(stage, 0L);
        }
        for (Row row : rows) {
            reached.merge(LeadStage.NEW, 1L, Long::sum);
            int furthest = row.mql() ? 0 : -1;
            for (String stage : row.stages()) {
                LeadStage s = LeadStage.valueOf(stage);
                furthest = Math.max(furthest, CHAIN.indexOf(s));
                if (s == LeadStage.REJECTED || s == LeadStage.RECYCLED) {
                    reached.merge(s, 1L, Long::sum);
                }
            }
            for (int i = 0; i <= furthest; i++) {
                reached.merge(CHAIN.get(i), 1L, Long::sum);
            }
        }
        Map<String, Double> conversion = new TreeMap<>();
        LeadStage previous = LeadStage.NEW;
        for (LeadStage stage : CHAIN) {
            long before = reached.get(previous);
            conversion.put(previous + "_TO_" + stage, before == 0 ? null : round(reached.get(stage) / (double) before));
            previous = stage;
        }
        return new Group(name, rows.size(), reached, conversion);
    }

    private static Double round(double rate) {
        return Math.round(rate * 10000) / 10000.0;
    }
}
