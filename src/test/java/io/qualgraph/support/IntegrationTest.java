package io.qualgraph.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

/**
 * A full application on a random port against the shared test database ({@link TestNeo4jProperties}),
 * with three known keys ({@link TestKeys}) and no seed data. All such tests share one cached context. Nothing is
 * refreshed or decided in the background, so that what a test reads follows only from what it did.
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
        "qualgraph.refresh.enabled=false",
        "qualgraph.leads.decide-after-quiet=0s"})
public @interface IntegrationTest {
}
