package io.qualgraph.prediction;

import io.qualgraph.support.Vocabulary;

/** The learners a predictive model can be trained with. */
public enum Algorithm {
    /** Tribuo's linear SGD with logistic loss; explained exactly by weight × standardised value. */
    LOGISTIC_REGRESSION,
    /** Tribuo's XGBoost; explained exactly by TreeSHAP contributions in log-odds. */
    GRADIENT_BOOSTED_TREES;

    /** The algorithm named {@code value}, or a 400 naming {@code field} and the allowed values. */
    public static Algorithm parse(String value, String field) {
        return Vocabulary.parse(Algorithm.class, value, field);
    }
}
