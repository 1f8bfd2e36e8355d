package io.qualgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import io.qualgraph.accounts.AccountQualification;
import io.qualgraph.rescore.Rescore;
import io.qualgraph.support.Api;
import io.qualgraph.support.IntegrationTest;
import io.qualgraph.support.TestKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;

/** The risk gate and the re-score history through HTTP, on a hot family owned 60% by a sanctioned person. */
@IntegrationTest
class QualificationGateIT {

    @LocalServerPort
    int port;

    Api api;
    @Autowired
    Rescore rescore;

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
        Api.Answer started = api.post("/api/admin/rescore", TestKeys.ADMIN, "");
        assertThat(started.status()).as(started.text()).isEqualTo(202);
        String runId = started.json().get("id").asString();
        assertThat(started.header("Location")).isEqualTo("/api/admin/rescore/" + runId);
        JsonNode done = finished(started.header("Location"));
        assertThat(done.get("state").asString()).as(done.toString()).isEqualTo("DONE");
        assertThat(done.get("scored").asInt()).isEqualTo(done.get("total").asInt()).isPositive();
        assertThat(done.at("/result/accounts").asInt()).isEqualTo(done.get("total").asInt());
        assertThat(done.at("/result/id").asString()).isEqualTo(runId);
        Api.Answer history = api.get("/api/accounts/SCO-BLK-S/history", TestKeys.SALES);
        assertThat(history.status()).as(history.text()).isEqualTo(200);
        boolean found = false;
        for (JsonNode snapshot : history.json()) {
            if (runId.equals(snapshot.get("runId").asString(null))) {
                found = true;
                assertThat(snapshot.get("outcome").asString()).isEqualTo("DISQUALIFIED_FOR_NOW");
                assertThat(snapshot.get("modelVersion").isNull()).isFalse();
            }
        }
        assertThat(found).as(history.text()).isTrue();
    }

    @Test
    void runs_are_listed_and_a_run_not_started_here_answers_from_what_it_stored() {
        String id = "cli-" + System.nanoTime();
        rescore.run(id, AccountQualification.Progress.SILENT);
        Api.Answer listed = api.get("/api/admin/rescore?limit=5", TestKeys.ADMIN);
        assertThat(listed.status()).as(listed.text()).isEqualTo(200);
        assertThat(listed.json().get(0).get("id").asString()).isEqualTo(id);
        Api.Answer status = api.get("/api/admin/rescore/" + id, TestKeys.ADMIN);
        assertThat(status.status()).as(status.text()).isEqualTo(200);
        assertThat(status.json().get("state").asString()).isEqualTo("DONE");
        assertThat(status.json().at("/result/accounts").asInt()).isPositive().isEqualTo(status.json().get("total").asInt());
        assertThat(status.json().at("/result/millis").isNull()).as("not recorded in the graph").isTrue();
        assertThat(api.get("/api/admin/rescore?limit=0", TestKeys.ADMIN).status()).isEqualTo(400);
    }

    private JsonNode finished(String location) {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            Api.Answer status = api.get(location, TestKeys.ADMIN);
            assertThat(status.status()).as(status.text()).isEqualTo(200);
            if (!"RUNNING".equals(status.json().get("state").asString()) || System.nanoTime() > until) {
                return status.json();
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
        }
    }

    @Test
    void rescore_is_for_admins_only() {
        assertThat(api.post("/api/admin/rescore", TestKeys.SALES, "").status()).isEqualTo(403);
        assertThat(api.get("/api/admin/rescore/any", TestKeys.SALES).status()).isEqualTo(403);
        Api.Answer unknown = api.get("/api/admin/rescore/no-such-run", TestKeys.ADMIN);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
    }
}
