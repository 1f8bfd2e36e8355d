package io.qualgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.qualgraph.support.Api;
import io.qualgraph.support.IntegrationTest;
import io.qualgraph.support.TestKeys;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

@IntegrationTest
@TestPropertySource(properties = {"qualgraph.ingest.max-bytes=4KB", "qualgraph.ingest.max-rows=3"})
class IngestLimitsIT {

    @LocalServerPort
    int port;

    @Test
    void a_body_over_the_byte_limit_is_413() {
        String body = "{\"persons\": [{\"id\": \"ING-BIG-1\", \"name\": \"" + "x".repeat(5000) + "\"}]}";
        Api.Answer answer = new Api(port).post("/api/ingest/bundle", TestKeys.ADMIN, body);
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("detail").asString()).contains("4096 bytes");
    }

    @Test
    void a_bundle_or_csv_over_the_row_limit_is_413() {
        String rows = "{\"id\": \"ING-ROWS-1\"}, {\"id\": \"ING-ROWS-2\"}, {\"id\": \"ING-ROWS-3\"}, {\"id\": \"ING-ROWS-4\"}";
        assertThat(new Api(port).post("/api/ingest/bundle", TestKeys.ADMIN, "{\"persons\": [" + rows + "]}").status())
                .isEqualTo(413);
        assertThat(new Api(port).post("/api/ingest/csv/persons", TestKeys.ADMIN, "id\nA\nB\nC\nD\n", "text/csv").status())
                .isEqualTo(413);
    }
}
