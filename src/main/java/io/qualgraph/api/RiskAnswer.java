package io.qualgraph.api;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.qualgraph.risk.Assessment;
import io.qualgraph.risk.Evidence;
import io.qualgraph.risk.Regime;
import io.qualgraph.risk.Review;
import io.qualgraph.risk.RiskLevel;

/**
 * The risk answer: {@code id} and {@code level} for everyone; the rest only for callers who see evidence, and left out
 * of the JSON (not null) for the others.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record RiskAnswer(String id, RiskLevel level, Instant asOf, Regime regime, List<Evidence> evidence, String fingerprint,
        Review.State review) {

    static RiskAnswer levelOnly(Assessment a) {
        return new RiskAnswer(a.id(), a.level(), null, null, null, null, null);
    }

    static RiskAnswer withEvidence(Assessment a, Instant asOf, Review.State review) {
        return new RiskAnswer(a.id(), a.level(), asOf, a.regime(), a.evidence(), a.fingerprint(), review);
    }
}
