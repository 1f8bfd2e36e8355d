package io.qualgraph.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import io.qualgraph.support.Api;
import io.qualgraph.support.IntegrationTest;
import io.qualgraph.support.TestKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A read without asOf reuses the account's answer while nothing it depends on changed, and never after: a new
 * engagement at a subsidiary, a change of a member that reaches beyond the rows it names, and an explicit asOf all
 * answer from the graph as it stands.
 */
@IntegrationTest
class CurrentAnswerReuseIT {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void family() {
        api = new Api(port);
        ingest("""
                {"entities": [{"id": "REU-P", "name": "Reuse Holding", "jurisdiction": "DE", "industry": "Software",
                               "employees": 900},
                              {"id": "REU-S", "name": "Reuse Services", "jurisdiction": "DE", "industry": "Software",
                               "employees": 90}],
                 "ownership": [{"owner": "REU-P", "owned": "REU-S", "share": 0.8}],
                 "contacts": [{"id": "REU-C1", "entity": "REU-S", "name": "Rea Use", "email": "rea@reuse-example.de",
                               "seniority": "VP", "department": "IT"}]}""");
    }

    private void ingest(String bundle) {
        Api.Answer answer = api.post("/api/ingest/bundle", TestKeys.ADMIN, bundle);
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    }

    private JsonNode now(String id) {
        Api.Answer answer = api.get("/api/accounts/" + id + "/score", TestKeys.SALES);
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return answer.json();
    }

    @Test
    void a_second_read_reuses_the_answer_and_a_write_to_the_family_ends_the_reuse() {
        JsonNode first = now("REU-P");
        JsonNode again = now("REU-P");
        assertThat(again.get("asOf")).as("reused: the same instant").isEqualTo(first.get("asOf"));
        assertThat(again.get("score")).isEqualTo(first.get("score"));

        String at = Instant.now().minusSeconds(3_600).toString();
        ingest("""
                {"engagements": [{"id": "REU-E-%d", "contact": "REU-C1", "type": "DEMO_REQUEST", "at": "%s"}]}"""
                .formatted(System.nanoTime(), at));
        JsonNode after = now("REU-P");
        assertThat(Instant.parse(after.get("asOf").asString())).isAfter(Instant.parse(first.get("asOf").asString()));
        assertThat(after.get("score").asDouble()).as("the demo request counts at once")
                .isGreaterThan(first.get("score").asDouble());
    }

    @Test
    void a_change_of_a_party_ends_every_reuse_and_an_explicit_as_of_is_never_reused() {
        JsonNode first = now("REU-S");
        ingest("""
                {"entities": [{"id": "REU-S", "name": "Reuse Services", "jurisdiction": "DE", "industry": "Software",
                               "employees": %d}]}""".formatted(91 + (int) (System.nanoTime() % 1000)));
        JsonNode after = now("REU-S");
        assertThat(after.get("asOf")).isNotEqualTo(first.get("asOf"));

        String asOf = Instant.now().toString();
        Api.Answer past = api.get("/api/accounts/REU-P/score?asOf=" + asOf, TestKeys.SALES);
        assertThat(Instant.parse(past.json().get("asOf").asString())).isEqualTo(Instant.parse(asOf));
    }
}
