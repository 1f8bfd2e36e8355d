package io.qualgraph.prediction;

import java.time.Instant;

/** A stored predictive model as listed: its report, who trained it, and whether it predicts now. */
public record StoredPredictiveModel(String version, Target target, Algorithm algorithm, ModelReport.Status status,
        Instant trainedAt, String trainedBy, boolean active, ModelReport report) {
}
