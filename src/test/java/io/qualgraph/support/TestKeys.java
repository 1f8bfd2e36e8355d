package io.qualgraph.support;

/** The API keys every integration test context is configured with. */
public final class TestKeys {
    public static final String SALES = "test-sales-key";
    public static final String COMPLIANCE = "test-compliance-key";
    public static final String ADMIN = "test-admin-key";
    /** A compliance key configured in the {@code role:name:key} form, naming {@link #NAMED_REVIEWER}. */
    public static final String NAMED_COMPLIANCE = "test-compliance-named-key";
    public static final String NAMED_REVIEWER = "Clara Oswald";

    private TestKeys() {
    }
}
