package io.qualgraph.prediction;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import io.qualgraph.scoring.Tier;

/**
 * Labelled rows to learn from: feature columns, the outcome of each row, and optionally the instant each row
 * was observed at (for a time-ordered holdout) and the rules model's score and tier for it (the baseline).
 *
 * @param times       epoch milliseconds of each row, or {@code null} when the data has no time
 * @param rulesScores the active rules model's score of each row, or {@code null} when there is none
 * @param rulesTiers  the active rules model's tier of each row, or {@code null} when there is none
 */
public record Observations(List<Column> columns, boolean[] positive, long[] times, double[] rulesScores,
        Tier[] rulesTiers) {

    public Observations {
        columns = List.copyOf(columns);
        for (Column column : columns) {
            if (column.size() != positive.length) {
                throw new IllegalArgumentException(column.name() + " has " + column.size() + " rows, not "
                        + positive.length);
            }
        }
    }

    public int size() {
        return positive.length;
    }

    public int positives() {
        int count = 0;
        for (boolean p : positive) {
            count += p ? 1 : 0;
        }
        return count;
    }

    public boolean hasTime() {
        return times != null;
    }

    public boolean hasRules() {
        return rulesScores != null;
    }

    /** These observations restricted to {@code rows}, in that order. */
    public Observations rows(int[] rows) {
        boolean[] picked = new boolean[rows.length];
        for (int i = 0; i < rows.length; i++) {
            picked[i] = positive[rows[i]];
        }
        return new Observations(columns.stream().map(c -> c.rows(rows)).toList(), picked,
                times == null ? null : IntStream.of(rows).mapToLong(r -> times[r]).toArray(),
                rulesScores == null ? null : IntStream.of(rows).mapToDouble(r -> rulesScores[r]).toArray(),
                rulesTiers == null ? null : IntStream.of(rows).mapToObj(r -> rulesTiers[r]).toArray(Tier[]::new));
    }

    /** These observations without the named columns. */
    public Observations without(Set<String> names) {
        return new Observations(columns.stream().filter(c -> !names.contains(c.name())).toList(), positive, times,
                rulesScores, rulesTiers);
    }

    /** Row indexes ordered by time, earliest first (ties in row order); requires {@link #hasTime()}. */
    public int[] byTime() {
        return IntStream.range(0, size()).boxed().sorted(Comparator.comparingLong((Integer r) -> times[r]))
                .mapToInt(Integer::intValue).toArray();
    }
}
