package io.qualgraph.prediction;

import java.time.Instant;
import java.util.List;

/**
 * The report of one training run (DESIGN §4 "Predictive API"): what was learned from which rows, how it was
 * validated, how the rules model did on the same rows, what the leakage check flagged and which features remain.
 */
public record ModelReport(String version, Target target, Algorithm algorithm, Status status, String statusReason,
        Instant trainedAt, String source, Rows rows, Validation validation, RulesBaseline rulesBaseline,
        List<Leakage.Flag> leakage, List<Excluded> excluded, List<Feature> features) {

    /** VALIDATED models may be activated; a HYPOTHESIS leaves the rules model in charge. */
    public enum Status {
        HYPOTHESIS, VALIDATED
    }

    /** Rows trained on (before the holdout, or all for cross-validation), rows validated, positives in all. */
    public record Rows(int train, int holdout, int positives) {
    }

    /** The rules model measured on the validated rows: AUC of its score and outcomes per tier. */
    public record RulesBaseline(String modelVersion, Double auc, TierOutcomes tiers) {
    }

    /** A feature the model uses: its kind and how well it predicts alone. */
    public record Feature(String name, String kind, Double singleFeatureAuc) {
    }
}
