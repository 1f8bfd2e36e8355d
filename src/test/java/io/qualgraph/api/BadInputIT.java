package io.qualgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.qualgraph.support.Api;
import io.qualgraph.support.Graph;
import io.qualgraph.support.IntegrationTest;
import io.qualgraph.support.TestKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Input found by the probe corpus: each is a 400 problem naming the field or parameter, and writes nothing. */
@IntegrationTest
class BadInputIT {

    @LocalServerPort
    int port;
    @Autowired
    Graph graph;

    @BeforeEach
    void clean() {
        graph.write(tx -> tx.run("MATCH (n) WHERE n.id STARTS WITH 'BAD-IT-' OR n.id STARTS WITH 'SUR-' DETACH DELETE n")
                .consume());
        Api.Answer ok = new Api(port).post("/api/ingest/bundle", TestKeys.ADMIN,
                "{\"entities\": [{\"id\": \"BAD-IT-E\", \"name\": \"Probe\", \"jurisdiction\": \"DE\"}],"
                        + " \"contacts\": [{\"id\": \"BAD-IT-C\", \"entity\": \"BAD-IT-E\", \"name\": \"Pat\"}]}");
        assertThat(ok.status()).as(ok.text()).isEqualTo(200);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"entities\": [{\"id\": \"SUR-\\ud800\"}, {\"id\": \"SUR-\\udc00\"}]} | $.entities[0].id | surrogate",
            "{\"entities\": [{\"id\": \"SUR-1\", \"name\": \"x\\udc00y\"}]}       | $.entities[0].name | surrogate",
            "{\"leads\": [{\"id\": \"SUR-L\", \"attributes\": {\"k\": \"\\ud83d\"}}]} | $.leads[0].attributes.k | surrogate",
            "{\"entities\": [{\"id\": \"SUR-2\", \"employees\": 1.5}]}              | $.entities[0].employees | whole number",
            "{\"entities\": [{\"id\": \"SUR-3\", \"employees\": 1e30}]}             | $.entities[0].employees | whole number",
            "{\"entities\": [{\"id\": \"SUR-4\", \"annualRevenue\": 1e400}]}        | $.entities[0].annualRevenue | finite"})
    void a_bundle_with_bad_text_or_numbers_is_a_400_naming_the_field_and_writes_nothing(String body, String path,
            String rule) {
        Api.Answer answer = new Api(port).post("/api/ingest/bundle", TestKeys.ADMIN, body);
        assertThat(answer.status()).as(answer.text()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().at("/errors/0/path").asString()).as(answer.text()).isEqualTo(path);
        assertThat(answer.json().at("/errors/0/message").asString()).contains(rule);
        assertThat(count("MATCH (n) WHERE n.id STARTS WITH 'SUR-' RETURN count(n) AS n")).isZero();
    }

    @Test
    void a_surrogate_pair_is_text_and_is_stored_verbatim() {
        Api.Answer answer = new Api(port).post("/api/ingest/bundle", TestKeys.ADMIN,
                "{\"entities\": [{\"id\": \"SUR-\\ud83d\\ude00\"}, {\"id\": \"SUR-\\ud83d\\ude01\"}]}");
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(count("MATCH (n:LegalEntity) WHERE n.id STARTS WITH 'SUR-' RETURN count(n) AS n")).isEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/accounts?tier=%FF | tier",
            "/api/accounts?limit=1&size=%FF | size",
            "/api/reviews/queue?limit=%FF | limit",
            "/api/accounts/BAD-IT-E/score?asOf=%ED%A0%80 | asOf",
            "/api/contacts/BAD-IT-C/score?asOf=%C3 | asOf",
            "/api/entities/BAD-IT-E/risk?regime=%FE%FF | regime",
            "/api/accounts/BAD-IT-E/score?asOf=-999999999-01-01T00:00:00Z | asOf",
            "/api/accounts/BAD-IT-E/score?asOf=+999999999-12-31T23:59:59Z | asOf",
            "/api/contacts/BAD-IT-C/score?asOf=-999999999-01-01T00:00:00Z | asOf",
            "/api/accounts?asOf=-999999999-01-01T00:00:00Z | asOf",
            "/api/entities/BAD-IT-E/structure?asOf=-999999999-01-01 | asOf"})
    void a_query_value_that_is_not_utf8_or_is_out_of_range_is_a_400_naming_the_parameter(String url, String name) {
        Api.Answer answer = new Api(port).get(url, TestKeys.COMPLIANCE);
        assertThat(answer.status()).as(answer.text()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().at("/errors/0/path").asString()).as(answer.text()).isEqualTo(name);
    }

    private long count(String cypher) {
        return graph.<Long>read(tx -> tx.run(cypher).single().get("n").asLong());
    }
}
