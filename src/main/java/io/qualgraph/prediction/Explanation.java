package io.qualgraph.prediction;

import java.util.List;

/**
 * One prediction and its exact decomposition: {@code probability = 1 / (1 + e^-(intercept + Σ contributions))}.
 * Factors are ordered by the size of their contribution.
 */
public record Explanation(double probability, double intercept, List<Factor> factors) {

    /** The log-odds the factors add up to: intercept plus every contribution. */
    public double logOdds() {
        return intercept + factors.stream().mapToDouble(Factor::contribution).sum();
    }

    static double sigmoid(double logOdds) {
        return 1 / (1 + Math.exp(-logOdds));
    }
}
