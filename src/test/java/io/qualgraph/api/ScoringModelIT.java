package io.qualgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import io.qualgraph.support.Api;
import io.qualgraph.support.IntegrationTest;
import io.qualgraph.support.TestKeys;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;

/** A new model version changes scores and modelVersion from its activation on; earlier asOf reads do not change. */
@IntegrationTest
class ScoringModelIT {

    @LocalServerPort
    int port;

    @Test
    void a_new_version_changes_current_scores_but_not_old_as_of_reads() throws IOException {
        Api api = new Api(port);
        String bundle = new ClassPathResource("scoring/family-bundle.json").getContentAsString(StandardCharsets.UTF_8);
        assertThat(api.post("/api/ingest/bundle", TestKeys.ADMIN, bundle).status()).isEqualTo(200);
        String past = api.get("/api/accounts/SCO-P/score?asOf=2026-06-30", TestKeys.SALES).text();
        double before = api.get("/api/accounts/SCO-P/score", TestKeys.SALES).json().get("score").asDouble();
        assertThat(listed(api, "SCO-P").get("modelVersion").asString()).isEqualTo("default-v1");

        String v2 = new ClassPathResource("scoring-models/default-v1.yaml").getContentAsString(StandardCharsets.UTF_8)
                .replace("version: default-v1", "version: it-v2-" + System.nanoTime())
                .replace("    software: 10", "    software: 20");
        Api.Answer uploaded = api.post("/api/scoring-models", TestKeys.ADMIN, v2, "application/yaml");
        assertThat(uploaded.status()).as(uploaded.text()).isEqualTo(201);
        String version = uploaded.json().get("version").asString();
        assertThat(api.post("/api/scoring-models/" + version + "/activate", TestKeys.SALES, "").status()).isEqualTo(403);
        try {
            assertThat(api.post("/api/scoring-models/" + version + "/activate", TestKeys.ADMIN, "").status()).isEqualTo(200);
            assertThat(api.get("/api/accounts/SCO-P/score?asOf=2026-06-30", TestKeys.SALES).text()).isEqualTo(past);
            var now = api.get("/api/accounts/SCO-P/score", TestKeys.SALES).json();
            assertThat(now.get("modelVersion").asString()).isEqualTo(version);
            assertThat(now.get("score").asDouble()).isEqualTo(Math.min(100, before + 10));
            JsonNode listed = listed(api, "SCO-P");
            assertThat(listed.get("modelVersion").asString()).as("the kept list follows the activation").isEqualTo(version);
            assertThat(listed.get("score").asDouble()).isEqualTo(now.get("score").asDouble());
        } finally {
            api.post("/api/scoring-models/default-v1/activate", TestKeys.ADMIN, "");
        }
    }

    private static JsonNode listed(Api api, String accountId) {
        for (JsonNode item : api.get("/api/accounts?size=200&minScore=0", TestKeys.SALES).json().get("items")) {
            if (item.get("accountId").asString().equals(accountId)) {
                return item;
            }
        }
        throw new AssertionError(accountId + " is not in the ranked list");
    }

    @Test
    void a_bad_model_file_is_rejected_with_every_problem_and_nothing_stored() {
        Api api = new Api(port);
        Api.Answer answer = api.post("/api/scoring-models", TestKeys.ADMIN, "version: 'x y'\n", "application/yaml");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("errors").size()).isGreaterThanOrEqualTo(1);
        assertThat(answer.json().at("/errors/0/path").asString()).isEqualTo("model.version");
        assertThat(answer.json().at("/errors/0/message").asString()).startsWith("is required, 1–64 letters");
        assertThat(api.get("/api/scoring-models", TestKeys.SALES).text()).doesNotContain("'x y'");
        Api.Answer unreadable = api.post("/api/scoring-models", TestKeys.ADMIN, "version: [", "application/yaml");
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(unreadable.json().at("/errors/0/path").asString()).isEqualTo("model");
    }
}
