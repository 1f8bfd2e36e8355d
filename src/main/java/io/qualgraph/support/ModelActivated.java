package io.qualgraph.support;

/**
 * A scoring or predictive model was put in force: answers kept for reuse were computed with the model before.
 *
 * @param kind what was activated, for logs ("scoring model", "predictive model")
 * @param version the version now in force (null: a predictive model was taken out of force, none replaces it)
 */
public record ModelActivated(String kind, String version) {
}
