package io.qualgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.qualgraph.support.Api;
import io.qualgraph.support.IntegrationTest;
import io.qualgraph.support.TestKeys;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * URLs that never reach a controller (Tomcat rejects NUL bytes and encoded slashes, Spring Security's firewall
 * rejects encoded dots and parent segments) still answer with a 400 problem naming the URL as the bad field.
 */
@IntegrationTest
class MalformedUrlIT {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"/api/entities/%00/structure", "/api/entities/a%2Fb/risk", "/api/accounts/%2e%2e/score",
            "/api/accounts/x/..;/score", "/api/contacts/%25/score"})
    void a_url_rejected_before_any_controller_is_a_400_problem(String path) {
        Api.Answer answer = new Api(port).get(path, TestKeys.SALES);
        assertThat(answer.status()).as(answer.text()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().at("/errors/0/path").asString()).as(answer.text()).isEqualTo("url");
        assertThat(answer.json().get("status").asInt()).isEqualTo(400);
    }
}
