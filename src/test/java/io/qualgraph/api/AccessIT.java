package io.qualgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import io.qualgraph.support.Api;
import io.qualgraph.support.IntegrationTest;
import io.qualgraph.support.TestKeys;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class AccessIT {

    @LocalServerPort
    int port;

    @Test
    void health_without_a_key_is_the_status_alone_and_an_admin_sees_neo4j() {
        Api.Answer health = new Api(port).get("/actuator/health", null);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
        assertThat(health.json().has("components")).isFalse();
        assertThat(health.text()).doesNotContain("neo4j", "bolt", "/");
        assertThat(new Api(port).get("/actuator/health", TestKeys.SALES).json().has("components")).isFalse();
        Api.Answer admin = new Api(port).get("/actuator/health", TestKeys.ADMIN);
        assertThat(admin.json().at("/components/neo4j/status").asString()).isEqualTo("UP");
    }

    @Test
    void api_call_without_key_is_401_problem() {
        Api.Answer answer = new Api(port).get("/api/accounts", null);
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("title").asString()).contains("API key");
    }

    @Test
    void unknown_key_is_401() {
        assertThat(new Api(port).get("/api/accounts", "nope").status()).isEqualTo(401);
    }

    @Test
    void sales_key_may_not_ingest() {
        Api.Answer answer = new Api(port).post("/api/ingest/bundle", TestKeys.SALES, "{}");
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @Test
    void openapi_document_is_served() {
        Api.Answer docs = new Api(port).get("/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("openapi").asString()).startsWith("3");
        List<String> paths = new ArrayList<>();
        docs.json().get("paths").propertyNames().forEach(paths::add);
        assertThat(paths).contains("/api/accounts", "/api/entities/{id}/subsidiaries", "/api/admin/rescore/{id}")
                .doesNotContain("/error");
    }
}
