package io.qualgraph.prediction;

import java.util.Arrays;
import java.util.Locale;

import io.qualgraph.support.Problem;

/** The learners a predictive model can be trained with. */
public enum Algorithm {
    /** Tribuo's linear SGD with logistic loss; explained exactly by weight × standardised value. */
    LOGISTIC_REGRESSION,
    /** Tribuo's XGBoost; explained exactly by TreeSHAP contributions in log-odds. */
    GRADIENT_BOOSTED_TREES;

    /** The algorithm named {@code value}, or a 400 naming {@code field} and the allowed values. */
    public static Algorithm parse(String value, String field) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw Problem.invalid(field, "must be one of " + Arrays.toString(values()) + ", not '" + value + "'");
        }
    }
}
