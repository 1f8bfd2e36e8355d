package io.qualgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import io.qualgraph.support.Api;
import io.qualgraph.support.IntegrationTest;
import io.qualgraph.support.TestKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The ranked list follows writes: new engagements re-score only the accounts they touch (the list is patched, not
 * recomputed), a changed party re-ranks everything, and a list for a past instant sees back-dated events at once.
 */
@IntegrationTest
class RankedListIT {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void load() {
        api = new Api(port);
        ingest("""
                {"entities": [{"id": "RL-A", "name": "Ranked Alpha AG", "jurisdiction": "DE", "industry": "Software", "employees": 800},
                              {"id": "RL-B", "name": "Ranked Beta GmbH", "jurisdiction": "DE", "industry": "Software", "employees": 600}],
                 "contacts": [{"id": "RL-CA", "entity": "RL-A", "name": "Ann Alpha", "email": "ann@rl-alpha.de", "title": "CTO", "seniority": "C_LEVEL"},
                              {"id": "RL-CB", "entity": "RL-B", "name": "Ben Beta", "email": "ben@rl-beta.de", "title": "Head of IT", "seniority": "DIRECTOR"}]}
                """);
    }

    private void ingest(String bundle) {
        Api.Answer answer = api.post("/api/ingest/bundle", TestKeys.ADMIN, bundle);
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    }

    private JsonNode list(String asOf) {
        Api.Answer answer = api.get("/api/accounts?size=200&minScore=0" + (asOf == null ? "" : "&asOf=" + asOf), TestKeys.SALES);
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return answer.json();
    }

    private static JsonNode item(JsonNode list, String id) {
        for (JsonNode item : list.get("items")) {
            if (item.get("accountId").asString().equals(id)) {
                return item;
            }
        }
        throw new AssertionError(id + " not in " + list);
    }

    private String engagement(String id, String contact, Instant at) {
        return """
                {"engagements": [{"id": "%s", "contact": "%s", "type": "DEMO_REQUEST", "at": "%s"}]}
                """.formatted(id, contact, at);
    }

    @Test
    void a_new_engagement_rescores_its_account_in_the_kept_list() {
        JsonNode before = list(null);
        double alphaBefore = item(before, "RL-A").get("score").asDouble();
        ingest(engagement("RL-E-" + System.nanoTime(), "RL-CB", Instant.now().minus(1, ChronoUnit.HOURS)));
        JsonNode after = list(null);
        JsonNode beta = item(after, "RL-B");
        assertThat(beta.get("score").asDouble()).isGreaterThan(item(before, "RL-B").get("score").asDouble());
        assertThat(beta.get("score").asDouble()).isEqualTo(
                api.get("/api/accounts/RL-B/score", TestKeys.SALES).json().get("score").asDouble());
        assertThat(item(after, "RL-A").get("score").asDouble()).isEqualTo(alphaBefore);
        assertThat(after.get("computedAt").asString()).as("patched, not recomputed").isEqualTo(before.get("computedAt").asString());
        double previous = Double.MAX_VALUE;
        for (JsonNode item : after.get("items")) {
            if (!item.get("outcome").asString().equals("DISQUALIFIED_FOR_NOW")) {
                assertThat(item.get("score").asDouble()).isLessThanOrEqualTo(previous);
                previous = item.get("score").asDouble();
            }
        }
    }

    @Test
    void a_changed_party_recomputes_the_whole_list() {
        JsonNode before = list(null);
        ingest("""
                {"entities": [{"id": "RL-A", "name": "Ranked Alpha AG", "jurisdiction": "DE", "industry": "Software", "employees": %d}]}
                """.formatted(801 + (int) (System.nanoTime() % 1000)));
        assertThat(list(null).get("computedAt").asString()).isNotEqualTo(before.get("computedAt").asString());
    }

    @Test
    void a_list_for_a_past_instant_sees_a_back_dated_event() {
        Instant yesterday = Instant.now().minus(1, ChronoUnit.DAYS);
        String asOf = yesterday.toString();
        double before = item(list(asOf), "RL-A").get("score").asDouble();
        ingest(engagement("RL-E-" + System.nanoTime(), "RL-CA", yesterday.minus(2, ChronoUnit.HOURS)));
        assertThat(item(list(asOf), "RL-A").get("score").asDouble()).isGreaterThan(before);
    }
}
