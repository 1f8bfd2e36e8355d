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

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String configured = context.getEnvironment().getProperty("qualgraph.neo4j.uri");
        if (configured == null || configured.isBlank()) {
            context.getEnvironment().getPropertySources().addFirst(
                    new MapPropertySource("test-neo4j", Map.of("qualgraph.neo4j.uri", TestNeo4j.uri())));
        }
    }
}
