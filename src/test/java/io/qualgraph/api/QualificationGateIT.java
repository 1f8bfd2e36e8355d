package io.qualgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import io.qualgraph.support.Api;
import io.qualgraph.support.IntegrationTest;
import io.qualgraph.support.TestKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;

/** The risk gate and the re-score history through HTTP, on a hot family owned 60% by a sanctioned person. */
@IntegrationTest
class QualificationGateIT {

    @LocalServerPort
    int port;

    Api api;

    private static boolean loaded;

    @BeforeEach
    void load() throws IOException {
        api = new Api(port);
        if (loaded) {
            return;
        }
        String bundle = new ClassPathResource("scoring/blocked-family-bundle.json").getContentAsString(StandardCharsets.UTF_8);
        assertThat(api.post("/api/ingest/bundle", TestKeys.ADMIN, bundle).status()).isEqualTo(200);
        loaded = true;
    }

    private JsonNode score(String id, String asOf) {
        Api.Answer answer = api.get("/api/accounts/" + id + "/score?asOf=" + asOf, TestKeys.SALES);
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return answer.json();
    }

    @Test
    void a_blocked_family_is_never_qualified_however_hot() {
        JsonNode answer = score("SCO-BLK-S", "2026-06-30");
        assertThat(answer.get("accountId").asString()).isEqualTo("SCO-BLK-P");
        assertThat(answer.get("riskLevel").asString()).isEqualTo("BLOCKED");
        assertThat(answer.get("outcome").asString()).isEqualTo("DISQUALIFIED_FOR_NOW");
        assertThat(answer.get("recheckAt").isNull()).isFalse();
        assertThat(answer.get("score").asDouble()).isGreaterThan(40);
    }

    @Test
    void before_the_listing_the_same_family_qualifies() {
        JsonNode answer = score("SCO-BLK-P", "2021-06-30");
        assertThat(answer.get("riskLevel").asString()).isNotEqualTo("BLOCKED");
        assertThat(answer.get("outcome").asString()).isNotEqualTo("DISQUALIFIED_FOR_NOW");
    }

    @Test
    void a_rescore_run_stores_a_snapshot_listed_in_the_account_history() {
        Api.Answer run = api.post("/api/admin/rescore", TestKeys.ADMIN, "");
        assertThat(run.status()).as(run.text()).isEqualTo(200);
        String runId = run.json().get("id").asString();
        Api.Answer history = api.get("/api/accounts/SCO-BLK-S/history", TestKeys.SALES);
        assertThat(history.status()).as(history.text()).isEqualTo(200);
        boolean found = false;
        for (JsonNode snapshot : history.json()) {
            if (runId.equals(snapshot.get("runId").asString())) {
                found = true;
                assertThat(snapshot.get("outcome").asString()).isEqualTo("DISQUALIFIED_FOR_NOW");
                assertThat(snapshot.get("modelVersion").isNull()).isFalse();
            }
        }
        assertThat(found).as(history.text()).isTrue();
    }

    @Test
    void rescore_is_for_admins_only() {
        assertThat(api.post("/api/admin/rescore", TestKeys.SALES, "").status()).isEqualTo(403);
    }
}
