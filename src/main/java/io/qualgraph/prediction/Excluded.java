package io.qualgraph.prediction;

/** A column left out before learning, and why (IDENTIFIER, CONSTANT, or a leakage reason). */
public record Excluded(String feature, String reason) {

    /** Distinct in (nearly) every row: a key, not a property. */
    public static final String IDENTIFIER = "IDENTIFIER";
    /** One known value at most: nothing to learn. */
    public static final String CONSTANT = "CONSTANT";
}
