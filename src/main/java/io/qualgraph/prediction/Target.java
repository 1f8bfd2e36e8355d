package io.qualgraph.prediction;

import io.qualgraph.support.Vocabulary;

/** What a predictive model learns to predict. */
public enum Target {
    /** A closed opportunity was won; features of its family as of the opportunity's {@code createdAt}. */
    OPPORTUNITY_WON,
    /** A lead converted; features as of the lead's {@code createdAt} (also the target of {@code train-csv}). */
    LEAD_CONVERTED;

    /** The features a model of this target reads. */
    FeatureSet features() {
        return this == OPPORTUNITY_WON ? AccountFeatures.SET : LeadFeatures.SET;
    }

    /** What a model of this target learns from, in the words of its report. */
    String source() {
        return this == OPPORTUNITY_WON ? "graph: closed opportunities" : "graph: leads with a known outcome";
    }

    /** The target named {@code value}, or a 400 naming {@code field} and the allowed values. */
    public static Target parse(String value, String field) {
        return Vocabulary.parse(Target.class, value, field);
    }
}
