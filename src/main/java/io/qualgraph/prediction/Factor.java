package io.qualgraph.prediction;

/**
 * What one feature did to one prediction: the value it had ({@code null} when unknown) and its contribution to
 * the log-odds (positive raises the probability).
 */
public record Factor(String feature, String value, double contribution) {
}
