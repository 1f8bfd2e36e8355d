package io.qualgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.qualgraph.support.Api;
import io.qualgraph.support.Graph;
import io.qualgraph.support.IntegrationTest;
import io.qualgraph.support.TestKeys;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class RiskIT {

    static final String BUNDLE = """
            {"entities": [{"id": "RISK-IT-A", "name": "Alpha", "jurisdiction": "DE"},
                          {"id": "RISK-IT-B", "name": "Beta", "jurisdiction": "DE"},
                          {"id": "RISK-IT-D", "name": "Delisted", "jurisdiction": "DE"},
                          {"id": "RISK-IT-N", "name": "Nice", "jurisdiction": "DE"}],
             "persons": [{"id": "RISK-IT-X", "name": "Xavier"}, {"id": "RISK-IT-Y", "name": "Yves"}],
             "ownership": [{"owner": "RISK-IT-X", "owned": "RISK-IT-A", "share": 0.5, "since": "2015-01-01"},
                           {"owner": "RISK-IT-X", "owned": "RISK-IT-B", "share": 0.1, "since": "2015-01-01"},
                           {"owner": "RISK-IT-A", "owned": "RISK-IT-B", "share": 0.4, "since": "2015-01-01"},
                           {"owner": "RISK-IT-Y", "owned": "RISK-IT-N", "share": 0.3, "since": "2015-01-01"}],
             "riskFlags": [{"id": "RISK-IT-FX", "subject": "RISK-IT-X", "type": "SANCTIONED", "source": "OFAC SDN", "listedAt": "2019-03-01"},
                           {"id": "RISK-IT-FD", "subject": "RISK-IT-D", "type": "SANCTIONED", "source": "EU FSF",
                            "listedAt": "2019-01-01", "delistedAt": "2022-01-01"}]}
            """;

    @LocalServerPort
    int port;
    @Autowired
    Graph graph;

    @BeforeEach
    void load() {
        graph.write(tx -> {
            tx.run("MATCH (r:Review)-[:OF]->(e:LegalEntity) WHERE e.id STARTS WITH 'RISK-IT-' DETACH DELETE r").consume();
            return tx.run("MATCH (n) WHERE n.id STARTS WITH 'RISK-IT-' DETACH DELETE n").consume();
        });
        Api.Answer ingest = api().post("/api/ingest/bundle", TestKeys.ADMIN, BUNDLE);
        assertThat(ingest.status()).as(ingest.text()).isEqualTo(200);
    }

    private Api api() {
        return new Api(port);
    }

    private JsonNode risk(String id, String query, String key) {
        Api.Answer a = api().get("/api/entities/" + id + "/risk" + query, key);
        assertThat(a.status()).as(a.text()).isEqualTo(200);
        return a.json();
    }

    @Test
    void compliance_sees_the_faq_example_3_chain_and_sales_only_the_level() {
        JsonNode b = risk("RISK-IT-B", "", TestKeys.COMPLIANCE);
        assertThat(b.get("level").asString()).isEqualTo("BLOCKED");
        assertThat(b.get("regime").asString()).isEqualTo("AGGREGATE");
        assertThat(b.at("/evidence/0/rule").asString()).isEqualTo("SANCTIONS_OWNERSHIP");
        assertThat(b.at("/evidence/0/detail").asString()).contains("Alpha (RISK-IT-A) holds 40%", "since 2015-01-01");
        assertThat(b.toString()).contains("OFAC SDN", "2019-03-01");
        JsonNode evidence = b.at("/evidence/0");
        assertThat(evidence.get("pathNames").size()).as("a name for each id on the path")
                .isEqualTo(evidence.get("path").size());
        assertThat(evidence.get("pathNames").valueStream().map(JsonNode::asString).toList())
                .containsExactly("Xavier", "Beta");
        assertThat(evidence.get("share").asDouble()).as("the blocked owners' total").isEqualTo(0.5);
        assertThat(evidence.get("list").asString()).isEqualTo("OFAC SDN");
        assertThat(b.at("/review/status").asString()).isEqualTo("NONE");
        JsonNode sales = risk("RISK-IT-B", "", TestKeys.SALES);
        assertThat(sales.properties()).extracting(Map.Entry::getKey).containsExactly("id", "level");
        assertThat(risk("RISK-IT-B", "", TestKeys.ADMIN).has("evidence")).isTrue();
    }

    @Test
    void regime_and_as_of_change_the_answer() {
        assertThat(risk("RISK-IT-B", "?regime=single_owner", TestKeys.COMPLIANCE).get("level").asString()).isEqualTo("ELEVATED");
        assertThat(risk("RISK-IT-B", "?asOf=2018-12-31", TestKeys.COMPLIANCE).get("level").asString()).isEqualTo("NONE");
        assertThat(risk("RISK-IT-D", "?asOf=2020-06-30", TestKeys.COMPLIANCE).get("level").asString()).isEqualTo("BLOCKED");
        assertThat(risk("RISK-IT-D", "", TestKeys.COMPLIANCE).get("level").asString()).isEqualTo("LOW");
    }

    @Test
    void bad_regime_date_and_ids_are_problems() {
        Api.Answer regime = api().get("/api/entities/RISK-IT-B/risk?regime=STRICT", TestKeys.COMPLIANCE);
        assertThat(regime.status()).isEqualTo(400);
        assertThat(regime.contentType()).startsWith("application/problem+json");
        assertThat(regime.json().at("/errors/0/path").asString()).isEqualTo("regime");
        assertThat(regime.json().at("/errors/0/message").asString()).contains("AGGREGATE", "SINGLE_OWNER");
        assertThat(api().get("/api/entities/RISK-IT-B/risk?asOf=2020-13-45", TestKeys.SALES).status()).isEqualTo(400);
        assertThat(api().get("/api/entities/RISK-IT-NOPE/risk", TestKeys.SALES).status()).isEqualTo(404);
        assertThat(api().get("/api/entities/RISK-IT-X/risk", TestKeys.SALES).status()).isEqualTo(404);
    }

    @Test
    void review_is_kept_and_reopened_by_a_graph_change() {
        assertThat(queued("RISK-IT-N")).isFalse();
        Api.Answer sales = api().post("/api/reviews", TestKeys.SALES, "{\"entityId\":\"RISK-IT-B\",\"decision\":\"CLEAR\",\"reason\":\"x\"}");
        assertThat(sales.status()).isEqualTo(403);
        Api.Answer bad = api().post("/api/reviews", TestKeys.COMPLIANCE, "{\"entityId\":\"RISK-IT-B\",\"decision\":\"MAYBE\",\"reason\":\"\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").size()).isEqualTo(2);
        assertThat(api().post("/api/reviews", TestKeys.COMPLIANCE, "{\"entityId\":\"RISK-IT-NOPE\",\"decision\":\"CLEAR\",\"reason\":\"r\"}").status()).isEqualTo(404);
        assertThat(api().get("/api/reviews?entity=RISK-IT-B", TestKeys.COMPLIANCE).json().size()).isZero();
        assertThat(queued("RISK-IT-B")).isTrue();
        Api.Answer clear = api().post("/api/reviews", TestKeys.NAMED_COMPLIANCE,
                "{\"entityId\":\"RISK-IT-B\",\"decision\":\"CLEAR\",\"reason\":\"stake sold, register lags\"}");
        assertThat(clear.status()).as(clear.text()).isEqualTo(201);
        assertThat(clear.json().get("reviewer").asString()).isEqualTo(TestKeys.NAMED_REVIEWER);
        JsonNode b = risk("RISK-IT-B", "", TestKeys.COMPLIANCE);
        assertThat(b.get("level").asString()).isEqualTo("BLOCKED");
        assertThat(b.at("/review/status").asString()).isEqualTo("CURRENT");
        assertThat(b.at("/review/last/decision").asString()).isEqualTo("CLEAR");
        assertThat(queued("RISK-IT-B")).isFalse();
        Api.Answer listing = api().post("/api/ingest/bundle", TestKeys.ADMIN, """
                {"riskFlags": [{"id": "RISK-IT-FY", "subject": "RISK-IT-Y", "type": "SANCTIONED", "source": "UK HMT", "listedAt": "2020-01-01"},
                               {"id": "RISK-IT-FB", "subject": "RISK-IT-B", "type": "ADVERSE_MEDIA", "source": "press", "listedAt": "2020-01-01"}]}
                """);
        assertThat(listing.status()).as(listing.text()).isEqualTo(200);
        assertThat(risk("RISK-IT-B", "", TestKeys.COMPLIANCE).at("/review/status").asString()).isEqualTo("STALE");
        assertThat(queued("RISK-IT-B")).isTrue();
        assertThat(queued("RISK-IT-N")).isTrue();
        JsonNode history = api().get("/api/reviews?entity=RISK-IT-B", TestKeys.COMPLIANCE).json();
        assertThat(history.size()).isEqualTo(1);
        assertThat(history.at("/0/riskLevel").asString()).isEqualTo("BLOCKED");
        assertThat(history.at("/0/reviewer").asString()).isEqualTo(TestKeys.NAMED_REVIEWER);
    }

    private boolean queued(String id) {
        Api.Answer queue = api().get("/api/reviews/queue?limit=1000", TestKeys.COMPLIANCE);
        assertThat(queue.status()).as(queue.text()).isEqualTo(200);
        for (JsonNode item : queue.json()) {
            if (item.get("entityId").asString().equals(id)) {
                return true;
            }
        }
        return false;
    }
}
