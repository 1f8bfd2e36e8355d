package io.qualgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.qualgraph.support.Api;
import io.qualgraph.support.IntegrationTest;
import io.qualgraph.support.TestKeys;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class IngestBadInputIT {

    @LocalServerPort
    int port;

    Api.Answer post(String body, String type) {
        return new Api(port).post("/api/ingest/bundle", TestKeys.ADMIN, body, type);
    }

    void assertProblem(Api.Answer answer, int status) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @Test
    void malformed_json_is_400() {
        assertProblem(post("{\"entities\": [", "application/json"), 400);
    }

    @Test
    void wrong_types_are_400_naming_the_field() {
        Api.Answer answer = post("{\"entities\": [{\"id\": \"ING-TYPE-1\", \"employees\": \"many\"}]}", "application/json");
        assertProblem(answer, 400);
        assertThat(answer.json().at("/errors/0/path").asString()).isEqualTo("$.entities[0].employees");
        assertProblem(post("{\"entities\": {\"id\": \"x\"}}", "application/json"), 400);
        assertProblem(post("[1,2]", "application/json"), 400);
    }

    @Test
    void unknown_fields_are_400_naming_the_field() {
        Api.Answer answer = post("{\"persons\": [{\"id\": \"ING-UNK-1\", \"shoeSize\": 44}]}", "application/json");
        assertProblem(answer, 400);
        assertThat(answer.json().at("/errors/0/path").asString()).isEqualTo("$.persons[0].shoeSize");
        assertProblem(post("{\"planets\": []}", "application/json"), 400);
    }

    @Test
    void empty_and_null_bodies_are_400() {
        assertProblem(post("", "application/json"), 400);
        assertProblem(post("null", "application/json"), 400);
    }

    @Test
    void wrong_content_type_is_415() {
        assertProblem(post("{}", "application/xml"), 415);
        assertProblem(new Api(port).post("/api/ingest/csv/entities", TestKeys.ADMIN, "{}", "application/json"), 415);
    }

    @Test
    void an_empty_bundle_is_accepted_and_writes_nothing() {
        Api.Answer answer = post("{}", "application/json");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("rows").asLong()).isZero();
    }
}
