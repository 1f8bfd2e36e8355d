package io.qualgraph.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

/**
 * A full application on a random port against the shared test database ({@link TestNeo4jProperties}),
 * with three known keys ({@link TestKeys}) and no seed data. All such tests share one cached context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {
        "qualgraph.security.api-keys=sales:" + TestKeys.SALES + ",compliance:" + TestKeys.COMPLIANCE + ",admin:" + TestKeys.ADMIN
                + ",compliance:" + TestKeys.NAMED_REVIEWER + ":" + TestKeys.NAMED_COMPLIANCE,
        "qualgraph.seed.enabled=false",
        "qualgraph.neo4j.data-dir=target/test-data",
        "qualgraph.neo4j.warm-up-plans=false",
        "qualgraph.refresh.enabled=false"})
public @interface IntegrationTest {
}
