package io.qualgraph.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With NEO4J_URI set, no embedded database starts and the service works against that server over the
 * neo4j:// routing scheme; when the server goes away the API answers 503 and recovers by itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "qualgraph.security.api-keys=sales:ext-sales,admin:ext-admin", "qualgraph.neo4j.data-dir=target/test-data-external",
        "qualgraph.neo4j.warm-up-plans=false", "qualgraph.refresh.enabled=false",
        "qualgraph.leads.decide-after-quiet=0s"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExternalNeo4jIT {

    private static final Path STORE = TestNeo4j.tempStore("qualgraph-external");
    private static final int PORT = TestNeo4j.freePort();
    private static EmbeddedNeo4j server = EmbeddedNeo4j.start(STORE, PORT, 64);

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedDatabase embedded;

    @DynamicPropertySource
    static void external(DynamicPropertyRegistry registry) {
        registry.add("qualgraph.neo4j.uri", () -> "neo4j://127.0.0.1:" + PORT);
        registry.add("qualgraph.neo4j.username", () -> "neo4j");
        registry.add("qualgraph.neo4j.password", () -> "unused-by-an-auth-free-server");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    @Order(1)
    void starts_no_embedded_database_and_reads_the_external_one() {
        assertThat(embedded.neo4j()).isNull();
        Api.Answer stats = new Api(port).get("/api/graph/stats", "ext-sales");
        assertThat(stats.status()).isEqualTo(200);
        assertThat(stats.json().has("labels")).isTrue();
        assertThat(new Api(port).get("/actuator/health", "ext-admin").json().at("/components/neo4j/status").asString())
                .isEqualTo("UP");
    }

    @Test
    @Order(2)
    void answers_503_while_the_database_is_down_and_recovers_when_it_returns() {
        server.close();
        long started = System.nanoTime();
        Api.Answer down = new Api(port).get("/api/graph/stats", "ext-sales");
        assertThat(down.status()).isEqualTo(503);
        assertThat(down.contentType()).startsWith("application/problem+json");
        assertThat((System.nanoTime() - started) / 1_000_000_000).as("seconds to answer").isLessThan(30);

        server = EmbeddedNeo4j.start(STORE, PORT, 64);
        assertThat(new Api(port).get("/api/graph/stats", "ext-sales").status()).isEqualTo(200);
    }
}
