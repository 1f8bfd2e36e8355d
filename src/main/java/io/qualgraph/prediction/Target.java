package io.qualgraph.prediction;

import io.qualgraph.support.Vocabulary;

/** What a predictive model learns to predict. */
public enum Target {
    /** A closed opportunity was won; features of its family as of the opportunity's {@code createdAt}. */
    OPPORTUNITY_WON,
    /** A lead converted; features as of the lead's {@code createdAt} (also the target of {@code train-csv}). */
    LEAD_CONVERTED;

    /** The target named {@code value}, or a 400 naming {@code field} and the allowed values. */
    public static Target parse(String value, String field) {
        return Vocabulary.parse(Target.class, value, field);
    }
}
