package io.qualgraph.support;

/** The API keys every integration test context is configured with. */
public final class TestKeys {
    public static final String SALES = "test-sales-key";
    public static final String COMPLIANCE = "test-compliance-key";
    public static final String ADMIN = "test-admin-key";

    private TestKeys() {
    }
}
