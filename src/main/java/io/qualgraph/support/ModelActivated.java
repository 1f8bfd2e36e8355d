package io.qualgraph.support;

/**
 * A scoring or predictive model was put in force: answers kept for reuse were computed with the model before.
 *
 * @param kind what was activated, for logs ("scoring model", "predictive model")
 * @param version the version now in force
 */
public record ModelActivated(String kind, String version) {
}
