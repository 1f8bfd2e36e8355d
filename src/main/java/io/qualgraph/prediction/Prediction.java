package io.qualgraph.prediction;

import java.util.List;

/**
 * The active predictive model's answer for one account: the probability of the target (e.g. an opportunity of this
 * account being won), the model that gave it, and its exact explanation: {@code probability = 1 / (1 +
 * e^-(intercept + Σ factors.contribution))}, contributions in log-odds, largest first.
 */
public record Prediction(double probability, String modelVersion, Target target, double intercept,
        List<Factor> factors) {
}
