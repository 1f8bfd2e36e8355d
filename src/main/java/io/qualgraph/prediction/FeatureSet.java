package io.qualgraph.prediction;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

import io.qualgraph.scoring.Tier;

/**
 * The features one target reads, as named columns: fixed numbers, then numbers in prefixed groups (such as
 * {@code reason:CODE}, one per reason code the rows have), then categories. The same set turns rows into columns at
 * training and at prediction, so a model's columns mean the same thing in both.
 */
final class FeatureSet {

    /** One observation's features: numbers by name and categories by name (a missing number is 0). */
    record Row(Map<String, Double> numbers, Map<String, String> categories) {
    }

    private final List<String> numbers;
    private final List<String> prefixes;
    private final List<String> categories;

    /**
     * @param numbers    numeric features every row has, in this order
     * @param prefixes   prefixes of the numeric groups, in this order (within a group by name)
     * @param categories categorical features, last, in this order
     */
    FeatureSet(List<String> numbers, List<String> prefixes, List<String> categories) {
        this.numbers = List.copyOf(numbers);
        this.prefixes = List.copyOf(prefixes);
        this.categories = List.copyOf(categories);
    }

    /** Whether {@code name} is a feature rows of this set can have. */
    boolean isFeatureName(String name) {
        return numbers.contains(name) || categories.contains(name)
                || prefixes.stream().anyMatch(p -> name.startsWith(p) && name.length() > p.length());
    }

    /** How the feature names are made, for a problem that names a bad one. */
    String naming() {
        return String.join(", ", numbers) + ", " + String.join(", ", categories) + " or "
                + prefixes.stream().map(p -> "'" + p + "…'").collect(Collectors.joining(" or "));
    }

    /** Every feature name the rows have: the fixed numbers, the groups in order, then the categories. */
    List<String> names(Collection<Row> rows) {
        Set<String> grouped = new LinkedHashSet<>();
        rows.forEach(r -> r.numbers().keySet().stream().filter(n -> !numbers.contains(n)).forEach(grouped::add));
        List<String> names = new ArrayList<>(numbers);
        grouped.stream().sorted(Comparator.comparingInt(this::group).thenComparing(Comparator.naturalOrder()))
                .forEach(names::add);
        names.addAll(categories);
        return names;
    }

    private int group(String name) {
        for (int i = 0; i < prefixes.size(); i++) {
            if (name.startsWith(prefixes.get(i))) {
                return i;
            }
        }
        return prefixes.size();
    }

    /** The rows as columns named {@code names}; a number a row lacks is 0 (no reason row means no points). */
    List<Column> columns(List<Row> rows, List<String> names) {
        List<Column> columns = new ArrayList<>(names.size());
        for (String name : names) {
            if (categories.contains(name)) {
                columns.add(Column.categorical(name, rows.stream().map(r -> r.categories().get(name))
                        .toArray(String[]::new)));
            } else {
                columns.add(Column.numeric(name, rows.stream().mapToDouble(r -> r.numbers().getOrDefault(name, 0.0))
                        .toArray()));
            }
        }
        return columns;
    }

    /** The rows as columns of every name they have. */
    List<Column> columns(List<Row> rows) {
        return columns(rows, names(rows));
    }

    /**
     * Past points as observations: each point's features by this set, whether it turned out positive, when it was
     * observed and the rules' score and tier for it then (the baseline).
     */
    <P> Observations observations(List<P> points, Function<P, Row> features, Predicate<P> positive,
            Function<P, Instant> observedAt, ToDoubleFunction<P> rulesScore, Function<P, Tier> rulesTier) {
        boolean[] outcomes = new boolean[points.size()];
        long[] times = new long[points.size()];
        double[] scores = new double[points.size()];
        Tier[] tiers = new Tier[points.size()];
        for (int i = 0; i < points.size(); i++) {
            P p = points.get(i);
            outcomes[i] = positive.test(p);
            times[i] = observedAt.apply(p).toEpochMilli();
            scores[i] = rulesScore.applyAsDouble(p);
            tiers[i] = rulesTier.apply(p);
        }
        return new Observations(columns(points.stream().map(features).toList()), outcomes, times, scores, tiers);
    }
}
