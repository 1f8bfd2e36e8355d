package io.qualgraph.prediction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/** Measures of predicted probabilities (or any scores) against outcomes; all pure functions. */
public final class Metrics {

    /** One tenth of the rows ranked by prediction (decile 1 highest): mean prediction against observed rate. */
    public record Calibration(int decile, int rows, double meanPredicted, double observedRate) {
    }

    /** One tenth of the rows ranked by prediction: positives, precision, lift over the base rate, recall so far. */
    public record Lift(int decile, int rows, int positives, double precision, Double lift, Double cumulativeRecall) {
    }

    private static final double EPSILON = 1e-15;

    private Metrics() {
    }

    /**
     * Area under the ROC curve: the chance that a random positive scores above a random negative, ties counting
     * half (the Mann-Whitney statistic). {@code NaN} when one class is absent.
     */
    public static double auc(double[] scores, boolean[] positive) {
        int n = scores.length;
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        java.util.Arrays.sort(order, Comparator.comparingDouble(i -> scores[i]));
        double positiveRankSum = 0;
        long positives = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && Double.compare(scores[order[j + 1]], scores[order[i]]) == 0) {
                j++;
            }
            double meanRank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (positive[order[k]]) {
                    positiveRankSum += meanRank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = n - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        return (positiveRankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }

    /** Mean negative log-likelihood of the outcomes, probabilities clipped to [1e-15, 1 − 1e-15]. */
    public static double logLoss(double[] probabilities, boolean[] positive) {
        double sum = 0;
        for (int i = 0; i < probabilities.length; i++) {
            double p = Math.min(1 - EPSILON, Math.max(EPSILON, probabilities[i]));
            sum -= positive[i] ? Math.log(p) : Math.log(1 - p);
        }
        return sum / probabilities.length;
    }

    /** Mean squared difference between probability and outcome (0 or 1). */
    public static double brier(double[] probabilities, boolean[] positive) {
        double sum = 0;
        for (int i = 0; i < probabilities.length; i++) {
            double error = probabilities[i] - (positive[i] ? 1 : 0);
            sum += error * error;
        }
        return sum / probabilities.length;
    }

    /** The share of positive outcomes. */
    public static double baseRate(boolean[] positive) {
        int count = 0;
        for (boolean p : positive) {
            count += p ? 1 : 0;
        }
        return positive.length == 0 ? Double.NaN : (double) count / positive.length;
    }

    /** Calibration by decile of prediction, highest first. */
    public static List<Calibration> calibration(double[] predictions, boolean[] positive) {
        List<Calibration> rows = new ArrayList<>();
        deciles(predictions, (decile, members) -> {
            double predicted = 0;
            int positives = 0;
            for (int row : members) {
                predicted += predictions[row];
                positives += positive[row] ? 1 : 0;
            }
            rows.add(new Calibration(decile, members.length, round(predicted / members.length),
                    round((double) positives / members.length)));
        });
        return rows;
    }

    /** Lift and precision by decile of prediction, highest first, with the share of all positives found so far. */
    public static List<Lift> lift(double[] predictions, boolean[] positive) {
        double baseRate = baseRate(positive);
        int allPositives = (int) Math.round(baseRate * positive.length);
        int[] found = {0};
        List<Lift> rows = new ArrayList<>();
        deciles(predictions, (decile, members) -> {
            int positives = 0;
            for (int row : members) {
                positives += positive[row] ? 1 : 0;
            }
            found[0] += positives;
            double precision = (double) positives / members.length;
            rows.add(new Lift(decile, members.length, positives, round(precision), ratio(precision, baseRate),
                    ratio(found[0], allPositives)));
        });
        return rows;
    }

    private interface DecileVisitor {
        void visit(int decile, int[] rows);
    }

    /** Visits the rows ranked by prediction, highest first, cut into ten near-equal deciles. */
    private static void deciles(double[] predictions, DecileVisitor visitor) {
        int n = predictions.length;
        int[] order = IntStream.range(0, n).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> predictions[i]).reversed())
                .mapToInt(Integer::intValue).toArray();
        for (int d = 0; d < 10; d++) {
            int from = (int) ((long) n * d / 10);
            int to = (int) ((long) n * (d + 1) / 10);
            if (from < to) {
                visitor.visit(d + 1, java.util.Arrays.copyOfRange(order, from, to));
            }
        }
    }

    /** Rounded to four decimals for reports. */
    static double round(double value) {
        return Double.isFinite(value) ? Math.round(value * 10_000) / 10_000.0 : value;
    }

    /** {@code part / whole} rounded to four decimals, or {@code null} (JSON null) when {@code whole} is 0. */
    static Double ratio(double part, double whole) {
        return whole == 0 || Double.isNaN(whole) || Double.isNaN(part) ? null : round(part / whole);
    }

    /** Rounded to four decimals, or {@code null} when not a number (e.g. AUC with one class). */
    static Double orNull(double value) {
        return Double.isFinite(value) ? round(value) : null;
    }
}
