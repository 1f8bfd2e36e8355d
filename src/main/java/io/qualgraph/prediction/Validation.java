package io.qualgraph.prediction;

import java.time.Instant;
import java.util.List;

/**
 * How the model did on rows it was not trained on.
 *
 * @param method      TIME_HOLDOUT (trained on the earliest rows, measured on the latest) or STRATIFIED_CV
 *                    (out-of-fold predictions pooled over the folds; only for data without time)
 * @param holdoutFrom the earliest instant in the holdout (time holdout only)
 * @param tiers       the model's own tiers on the validated rows: its top-ranked rows in the same counts as the
 *                    rules model's tiers, so both are compared at the same workload ({@code null} without rules)
 */
public record Validation(Method method, int folds, Instant holdoutFrom, int rows, int positives, Double auc,
        Double logLoss, Double brier, Double baseRate, List<Metrics.Calibration> calibration, List<Metrics.Lift> lift,
        TierOutcomes tiers) {

    public enum Method {
        TIME_HOLDOUT, STRATIFIED_CV
    }
}
