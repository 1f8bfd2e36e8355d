package io.qualgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

import io.qualgraph.support.Api;
import io.qualgraph.support.IntegrationTest;
import io.qualgraph.support.TestKeys;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class BundleIngestIT {

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    static String fullBundle() throws IOException {
        return Files.readString(Path.of("src/test/resources/ingest/full-bundle.json"));
    }

    Api.Answer post(String body) {
        return new Api(port).post("/api/ingest/bundle", TestKeys.ADMIN, body);
    }

    Record one(String cypher) {
        return driver.executableQuery(cypher).execute().records().get(0);
    }

    @Test
    void full_bundle_is_written_in_the_documented_graph_shape() throws IOException {
        Api.Answer answer = post(fullBundle());
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(answer.json().get("rows").asInt()).isEqualTo(16);

        Record stakes = one("""
                MATCH (:Person {id: 'ING-FULL-P1'})-[o:OWNS]->(:LegalEntity {id: 'ING-FULL-E1'})
                MATCH (:LegalEntity {id: 'ING-FULL-E1'})-[old:OWNS]->(e2:LegalEntity {id: 'ING-FULL-E2'})
                WHERE old.until IS NOT NULL
                MATCH (:LegalEntity {id: 'ING-FULL-E1'})-[band:OWNS]->(e2) WHERE band.until IS NULL
                RETURN o.share AS share, o.since AS since, old.until AS until, band.shareMin AS min, band.share AS unknown
                """);
        assertThat(stakes.get("share").asDouble()).isEqualTo(0.6);
        assertThat(stakes.get("since").asLocalDate()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(stakes.get("until").asLocalDate()).isEqualTo(LocalDate.of(2021, 6, 30));
        assertThat(stakes.get("min").asDouble()).isEqualTo(0.5);
        assertThat(stakes.get("unknown").isNull()).isTrue();

        Record rest = one("""
                MATCH (:Person {id: 'ING-FULL-P1'})-[:FLAGGED]->(f:RiskFlag {id: 'ING-FULL-F1'})
                MATCH (c:Contact {id: 'ING-FULL-C1'})-[:WORKS_AT]->(:LegalEntity {id: 'ING-FULL-E1'})
                MATCH (c)-[:PERFORMED]->(v:Engagement {id: 'ING-FULL-V1'})
                MATCH (:Contact {id: 'ING-FULL-C2'})-[:PERFORMED]->(v2:Engagement {id: 'ING-FULL-V2'})
                MATCH (c)-[seat:ON_COMMITTEE]->(o:Opportunity {id: 'ING-FULL-O1'})-[:FOR]->(:LegalEntity {id: 'ING-FULL-E1'})
                MATCH (:IntentSignal {id: 'ING-FULL-I1'})-[:ABOUT]->(:LegalEntity {id: 'ING-FULL-E1'})
                MATCH (l:Lead {id: 'ING-FULL-L1'})-[:ABOUT]->(c)
                RETURN f.listedAt AS listedAt, c.email AS email, v.at AS at, v2.at AS dayOnly, seat.role AS role,
                       o.createdAt AS createdAt, o.amount AS amount, l.attributes AS attributes
                """);
        assertThat(rest.get("listedAt").asLocalDate()).isEqualTo(LocalDate.of(2022, 3, 1));
        assertThat(rest.get("email").asString()).isEqualTo("jon.weber@acme-holding.de");
        assertThat(rest.get("at").asZonedDateTime().toInstant()).isEqualTo(ZonedDateTime.parse("2026-11-01T10:00:00Z").toInstant());
        assertThat(rest.get("dayOnly").asZonedDateTime().toInstant()).isEqualTo(ZonedDateTime.parse("2026-11-02T00:00:00Z").toInstant());
        assertThat(rest.get("createdAt").asZonedDateTime().toInstant()).isEqualTo(ZonedDateTime.parse("2026-01-10T08:00:00Z").toInstant());
        assertThat(rest.get("role").asString()).isEqualTo("ECONOMIC_BUYER");
        assertThat(rest.get("amount").asDouble()).isEqualTo(50000.0);
        JsonNode attributes = Api.json().readTree(rest.get("attributes").asString());
        assertThat(attributes.get("campaign").asString()).isEqualTo("q4-webinar");
    }

    @Test
    void posting_the_same_bundle_twice_changes_nothing() throws IOException {
        post(fullBundle().replace("ING-FULL-", "ING-TWICE-").replace("@acme", "@twice-acme"));
        List<String> before = GraphDump.of(driver, "ING-TWICE-");
        Api.Answer again = post(fullBundle().replace("ING-FULL-", "ING-TWICE-").replace("@acme", "@twice-acme"));
        assertThat(again.status()).as(again.text()).isEqualTo(200);
        assertThat(again.json().get("created").asLong()).isZero();
        assertThat(again.json().get("updated").asLong()).isZero();
        assertThat(GraphDump.of(driver, "ING-TWICE-")).isNotEmpty().isEqualTo(before);
    }

    @Test
    void changed_field_is_counted_as_one_update() throws IOException {
        String bundle = fullBundle().replace("ING-FULL-", "ING-UPD-").replace("@acme", "@upd-acme");
        post(bundle);
        Api.Answer changed = post(bundle.replace("\"employees\": 80", "\"employees\": 90"));
        assertThat(changed.json().get("updated").asLong()).isEqualTo(1);
        assertThat(changed.json().get("created").asLong()).isZero();
    }

    @Test
    void one_bad_row_writes_nothing_and_is_named() throws IOException {
        String bundle = fullBundle().replace("ING-FULL-", "ING-BAD1-").replace("@acme", "@bad1-acme")
                .replace("\"share\": 0.6", "\"share\": 1.6");
        Api.Answer answer = post(bundle);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("errors")).hasSize(1);
        assertThat(answer.json().at("/errors/0/path").asString()).isEqualTo("$.ownership[0].share");
        assertThat(GraphDump.of(driver, "ING-BAD1-")).isEmpty();
    }

    @Test
    void every_bad_row_is_listed() throws IOException {
        String bundle = fullBundle().replace("ING-FULL-", "ING-BADN-").replace("@acme", "@badn-acme")
                .replace("\"share\": 0.6", "\"share\": 1.6")
                .replace("\"type\": \"PEP\"", "\"type\": \"CROOK\"")
                .replace("\"contact\": \"ING-BADN-C2\", \"type\"", "\"contact\": \"ING-NOBODY\", \"type\"")
                .replace("\"jurisdiction\": \"FR\"", "\"jurisdiction\": \"France\"")
                .replace("\"closedAt\": \"2026-05-01\"", "\"closedAt\": \"May 1st\"");
        Api.Answer answer = post(bundle);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("errors").valueStream().map(e -> e.get("path").asString()).toList())
                .containsExactlyInAnyOrder("$.entities[1].jurisdiction", "$.ownership[0].share",
                        "$.riskFlags[0].type", "$.engagements[1].contact", "$.opportunities[0].closedAt");
        assertThat(answer.text()).contains("ING-NOBODY", "SANCTIONED");
        assertThat(GraphDump.of(driver, "ING-BADN-")).isEmpty();
    }

    @Test
    void references_to_ids_already_in_the_graph_are_accepted() throws IOException {
        post(fullBundle().replace("ING-FULL-", "ING-REF-").replace("@acme", "@ref-acme"));
        Api.Answer answer = post("""
                {"engagements": [{"id": "ING-REF-V9", "contact": "ING-REF-C1", "type": "DEMO_REQUEST", "at": "2026-11-03"}],
                 "ownership": [{"owner": "ING-REF-P1", "owned": "ING-REF-E2", "share": 0.1}]}
                """);
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(answer.json().get("created").asLong()).isEqualTo(2);
    }

    @Test
    void sales_and_compliance_keys_may_not_ingest() {
        for (String key : List.of(TestKeys.SALES, TestKeys.COMPLIANCE)) {
            Api.Answer answer = new Api(port).post("/api/ingest/bundle", key, "{\"persons\":[{\"id\":\"ING-403\"}]}");
            assertThat(answer.status()).isEqualTo(403);
            assertThat(answer.contentType()).startsWith("application/problem+json");
        }
        assertThat(GraphDump.of(driver, "ING-403")).isEmpty();
    }
}
