package io.qualgraph.prediction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The leakage check of DESIGN §6: a column the data declares as known only after the outcome, or one that
 * predicts the outcome by itself with an AUC of at least {@value #AUC_THRESHOLD}, is flagged and left out unless
 * explicitly kept.
 */
public final class Leakage {

    public static final String KNOWN_AFTER_OUTCOME = "KNOWN_AFTER_OUTCOME";
    public static final String SINGLE_FEATURE_AUC = "SINGLE_FEATURE_AUC_AT_LEAST_0.9";
    public static final double AUC_THRESHOLD = 0.9;

    static final int FOLDS = 5;
    /** Pseudo-rows of the overall rate added to each category's rate, so a rare category cannot look perfect. */
    static final double SMOOTHING = 10;

    /** A flagged column: why, its single-feature AUC, and whether it was kept anyway. */
    public record Flag(String feature, String reason, Double auc, boolean kept) {
    }

    private Leakage() {
    }

    /** Flags for every column of {@code observations} that is declared {@code knownAfter} or predicts too well. */
    public static List<Flag> check(Observations observations, Set<String> knownAfter, Set<String> keep, long seed) {
        return check(observations, singleFeatureAucs(observations, seed), knownAfter, keep);
    }

    /** As {@link #check(Observations, Set, Set, long)}, with every column's single-feature AUC already computed. */
    static List<Flag> check(Observations observations, Map<String, Double> aucs, Set<String> knownAfter,
            Set<String> keep) {
        List<Flag> flags = new ArrayList<>();
        for (Column column : observations.columns()) {
            double auc = aucs.get(column.name());
            String reason = knownAfter.contains(column.name()) ? KNOWN_AFTER_OUTCOME
                    : auc >= AUC_THRESHOLD ? SINGLE_FEATURE_AUC : null;
            if (reason != null) {
                flags.add(new Flag(column.name(), reason, Metrics.orNull(auc), keep.contains(column.name())));
            }
        }
        return flags;
    }

    /** The columns the flags leave out (those not kept). */
    public static Set<String> excluded(List<Flag> flags) {
        Set<String> names = new LinkedHashSet<>();
        flags.stream().filter(f -> !f.kept()).forEach(f -> names.add(f.feature()));
        return names;
    }

    /** The single-feature AUC of every column, by name. */
    static Map<String, Double> singleFeatureAucs(Observations observations, long seed) {
        Map<String, Double> aucs = new HashMap<>();
        for (Column column : observations.columns()) {
            aucs.put(column.name(), singleFeatureAuc(column, observations.positive(), seed));
        }
        return aucs;
    }

    /**
     * How well the column alone ranks the outcomes. A number ranks by its value (unknown lowest), in whichever
     * direction is better; a category ranks by its outcome rate, computed out of fold so a level is never scored
     * with its own rows.
     */
    public static double singleFeatureAuc(Column column, boolean[] positive, long seed) {
        if (column.isNumeric()) {
            double[] scores = column.numbers().clone();
            for (int i = 0; i < scores.length; i++) {
                if (Double.isNaN(scores[i])) {
                    scores[i] = Double.NEGATIVE_INFINITY;
                }
            }
            double auc = Metrics.auc(scores, positive);
            return Double.isNaN(auc) ? auc : Math.max(auc, 1 - auc);
        }
        return Metrics.auc(outOfFoldRates(column.levels(), positive, seed), positive);
    }

    private static double[] outOfFoldRates(String[] levels, boolean[] positive, long seed) {
        int n = levels.length;
        int[] fold = new int[n];
        Random random = new Random(seed);
        for (int i = 0; i < n; i++) {
            fold[i] = random.nextInt(FOLDS);
        }
        double[] rates = new double[n];
        for (int f = 0; f < FOLDS; f++) {
            Map<String, int[]> counts = new HashMap<>();
            int rows = 0;
            int positives = 0;
            for (int i = 0; i < n; i++) {
                if (fold[i] != f) {
                    int[] count = counts.computeIfAbsent(String.valueOf(levels[i]), k -> new int[2]);
                    count[0]++;
                    count[1] += positive[i] ? 1 : 0;
                    rows++;
                    positives += positive[i] ? 1 : 0;
                }
            }
            double prior = rows == 0 ? 0 : (double) positives / rows;
            for (int i = 0; i < n; i++) {
                if (fold[i] == f) {
                    int[] count = counts.getOrDefault(String.valueOf(levels[i]), new int[2]);
                    rates[i] = (count[1] + SMOOTHING * prior) / (count[0] + SMOOTHING);
                }
            }
        }
        return rates;
    }
}
