package io.qualgraph.accounts;

import java.time.Instant;
import java.util.Optional;

/**
 * The chance that an opportunity of an account is won, as the OPPORTUNITY_WON predictive model active at an instant
 * puts it: what a PREDICTED_WIN upgrade rule of the scoring-model file reads. The account engine asks only when its
 * model has such a rule; the predictive side answers (this interface keeps the dependency pointing its way).
 */
public interface WinProbability {

    /** A probability and the predictive model version that gave it. */
    record Estimate(double probability, String modelVersion) {
    }

    /**
     * The estimate for {@code unqualified} (an account answer before its tier: the features a model reads do not
     * depend on the tier), or empty while no model was active at {@code asOf}.
     */
    Optional<Estimate> of(AccountAnswer unqualified, Instant asOf);

    /** No predictive model: PREDICTED_WIN never happens. */
    WinProbability NONE = (account, asOf) -> Optional.empty();
}
