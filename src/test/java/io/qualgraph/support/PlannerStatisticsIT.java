package io.qualgraph.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.qualgraph.ingest.Bundle;
import io.qualgraph.ingest.BundleBuilder;
import io.qualgraph.ingest.BundleIngest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A bulk write that doubles a label brings the planner's statistics up to date before the next statement is planned.
 * Against a database whose background index sampling is off, so that without {@link PlannerStatistics} the Lead
 * indexes would stay sampled as empty (as they are, on a real server, for the seconds before its sampler runs).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "qualgraph.neo4j.data-dir=target/test-data-planner", "qualgraph.neo4j.warm-up-plans=false",
        "qualgraph.refresh.enabled=false", "qualgraph.leads.decide-after-quiet=0s", "qualgraph.seed.enabled=false",
        "qualgraph.cli=false"})
class PlannerStatisticsIT {

    private static final int PORT = TestNeo4j.freePort();
    private static final EmbeddedNeo4j SERVER = start();

    @Autowired
    BundleIngest ingest;

    @DynamicPropertySource
    static void server(DynamicPropertyRegistry registry) {
        registry.add("qualgraph.neo4j.uri", () -> "bolt://127.0.0.1:" + PORT);
        registry.add("qualgraph.neo4j.password", () -> "unused-by-an-auth-free-server");
    }

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    @Test
    void a_bulk_write_that_doubles_a_label_replans_and_smaller_growth_leaves_the_statistics_alone() {
        String lookup = "EXPLAIN MATCH (l:Lead) WHERE l.email = $email RETURN l";
        assertThat(estimatedRows(lookup)).as("the Lead e-mail index, sampled empty").isLessThan(1.5);

        ingest.ingest(leads("PS-A", 2_000, 20));
        assertThat(estimatedRows(lookup)).as("2,000 leads over 20 e-mails: about 100 a lookup").isBetween(50.0, 200.0);

        ingest.ingest(leads("PS-B", 999, 999));
        ingest.ingest(leads("PS-C", 1_000, 1_000));
        assertThat(estimatedRows(lookup)).as("below the bulk size, then growth by half: statistics left as they were")
                .isBetween(50.0, 200.0);

        ingest.ingest(leads("PS-D", 4_000, 4_000));
        assertThat(estimatedRows(lookup)).as("7,999 leads over 6,019 e-mails after the label doubled").isLessThan(5.0);
    }

    /** {@code count} leads sharing {@code emails} e-mail addresses, none known to the graph. */
    private static Bundle leads(String prefix, int count, int emails) {
        BundleBuilder bundle = Bundle.builder();
        for (int i = 0; i < count; i++) {
            bundle.add(new Bundle.Lead(prefix + i, null, prefix.toLowerCase() + (i % emails) + "@ps.example", "Person " + i, null, null,
                    null, null, null, null, "DE", null, "INBOUND_FORM", "2026-11-02T09:00:00Z", null, null, null));
        }
        return bundle.build();
    }

    private static double estimatedRows(String explain) {
        try (Driver driver = GraphDatabase.driver(SERVER.boltUri(), AuthTokens.none());
                Session session = driver.session()) {
            var plan = session.run(explain, Map.of("email", "ps-a1@ps.example")).consume().plan();
            while (!plan.operatorType().startsWith("NodeIndexSeek") && !plan.children().isEmpty()) {
                plan = plan.children().get(0);
            }
            return plan.arguments().get("EstimatedRows").asDouble();
        }
    }

    private static EmbeddedNeo4j start() {
        return EmbeddedNeo4j.start(TestNeo4j.tempStore("qualgraph-planner"), PORT, 64,
                Map.of(GraphDatabaseSettings.index_background_sampling_enabled, false));
    }
}
