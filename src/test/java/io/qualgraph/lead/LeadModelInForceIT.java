package io.qualgraph.lead;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;

import io.qualgraph.support.Api;
import io.qualgraph.support.IntegrationTest;
import io.qualgraph.support.TestKeys;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

/**
 * A lead's qualification is read with the model in force at its asOf even when the activation was written by someone
 * else (another instance, a migration) and this service still expects the one it saw last: the lead statement returns
 * the activations, and a wrong guess is read again.
 */
@IntegrationTest
class LeadModelInForceIT {

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    @Test
    void a_model_activated_behind_the_service_s_back_is_the_one_a_qualification_uses() throws IOException {
        Api api = new Api(port);
        ZonedDateTime activatedAt = ZonedDateTime.now(ZoneOffset.UTC);
        Api.Answer posted = api.post("/api/leads", TestKeys.SALES, "{\"id\": \"LMI-L1\", \"email\": "
                + "\"ann@lmi-unknown.example\", \"source\": \"INBOUND_FORM\", \"createdAt\": \""
                + activatedAt.minusDays(1).toInstant() + "\"}");
        assertThat(posted.status()).as(posted.text()).isEqualTo(201);
        String before = api.get("/api/leads/LMI-L1/qualification", TestKeys.SALES).json().get("modelVersion")
                .asString();

        String v2 = new ClassPathResource("scoring-models/default-v1.yaml").getContentAsString(StandardCharsets.UTF_8)
                .replace("version: default-v1", "version: lmi-v2-" + System.nanoTime());
        Api.Answer uploaded = api.post("/api/scoring-models", TestKeys.ADMIN, v2, "application/yaml");
        assertThat(uploaded.status()).as(uploaded.text()).isEqualTo(201);
        String version = uploaded.json().get("version").asString();
        assertThat(api.get("/api/leads/LMI-L1/qualification", TestKeys.SALES).json().get("modelVersion").asString())
                .as("stored, not active").isEqualTo(before);
        try (var session = driver.session()) {
            session.run("""
                    MATCH (m:ScoringModel {version: $version})
                    OPTIONAL MATCH (previous:ScoringModelActivation)
                    WITH m, count(previous) AS seq
                    CREATE (:ScoringModelActivation {version: $version, at: $at, by: 'elsewhere', seq: seq})
                           -[:ACTIVATES]->(m)
                    """, Map.of("version", version, "at", activatedAt)).consume();
        }
        try {
            assertThat(api.get("/api/leads/LMI-L1/qualification", TestKeys.SALES).json().get("modelVersion").asString())
                    .isEqualTo(version);
            assertThat(api.get("/api/leads/LMI-L1/qualification?asOf=" + activatedAt.minusSeconds(1).toInstant(),
                    TestKeys.SALES).json().get("modelVersion").asString())
                    .as("an asOf before the activation keeps the model then in force").isEqualTo(before);
        } finally {
            api.post("/api/scoring-models/" + before + "/activate", TestKeys.ADMIN, "");
        }
    }
}
