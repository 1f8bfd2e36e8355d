package io.qualgraph.support;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every test application context at the shared test database, unless a test already set
 * {@code qualgraph.neo4j.uri} itself (as the external-server test does).
 */
public class TestNeo4jProperties implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /**
     * A system property for a child JVM a test starts on the test classpath (see {@code KillDuringImportIT}): the
     * application keeps its own configured store instead of the shared test database.
     */
    public static final String OWN_STORE = "qualgraph.test.own-store";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String configured = context.getEnvironment().getProperty("qualgraph.neo4j.uri");
        if ((configured == null || configured.isBlank()) && !Boolean.getBoolean(OWN_STORE)) {
            context.getEnvironment().getPropertySources().addFirst(
                    new MapPropertySource("test-neo4j", Map.of("qualgraph.neo4j.uri", TestNeo4j.uri())));
        }
    }
}
