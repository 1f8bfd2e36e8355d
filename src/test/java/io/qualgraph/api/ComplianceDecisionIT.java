package io.qualgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import io.qualgraph.support.Api;
import io.qualgraph.support.Graph;
import io.qualgraph.support.IntegrationTest;
import io.qualgraph.support.TestKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Issue #11 items 5 and 6: compliance decisions act on the account's gate, and recheck dates come from evidence. */
@IntegrationTest
class ComplianceDecisionIT {

    private static final String BANK = "CMP-IT-BANK";
    private static final String BLOCKED = "CMP-IT-BLK";

    @LocalServerPort
    int port;
    @Autowired
    Graph graph;

    @BeforeEach
    void load() {
        graph.write(tx -> {
            tx.run("MATCH (r:Review)-[:OF]->(e:LegalEntity) WHERE e.id STARTS WITH 'CMP-IT-' DETACH DELETE r").consume();
            return tx.run("MATCH (n) WHERE n.id STARTS WITH 'CMP-IT-' DETACH DELETE n").consume();
        });
        String recent = Instant.now().minus(Duration.ofDays(2)).toString();
        Api.Answer ingest = api().post("/api/ingest/bundle", TestKeys.ADMIN, """
                {"entities": [{"id": "%1$s", "name": "Held Bank AG", "jurisdiction": "DE", "industry": "Banking",
                               "employees": 4000, "regulated": true},
                              {"id": "%2$s", "name": "Blocked Trading GmbH", "jurisdiction": "DE", "industry": "Banking",
                               "employees": 4000}],
                 "persons": [{"id": "CMP-IT-PEP", "name": "Petra Politik", "pep": true},
                             {"id": "CMP-IT-SDN", "name": "Sam Sanctioned"}],
                 "ownership": [{"owner": "CMP-IT-PEP", "owned": "%1$s", "share": 0.3, "since": "2021-03-01"},
                               {"owner": "CMP-IT-SDN", "owned": "%2$s", "share": 0.6, "since": "2020-01-01"}],
                 "riskFlags": [{"id": "CMP-IT-F1", "subject": "CMP-IT-SDN", "type": "SANCTIONED", "source": "OFAC SDN",
                                "listedAt": "2022-05-10"}],
                 "contacts": [{"id": "CMP-IT-C1", "entity": "%1$s", "name": "Vera Vogt", "email": "vera@heldbank.example",
                               "seniority": "VP", "department": "IT"}],
                 "engagements": [{"id": "CMP-IT-V1", "contact": "CMP-IT-C1", "type": "DEMO_REQUEST", "at": "%3$s"}]}
                """.formatted(BANK, BLOCKED, recent));
        assertThat(ingest.status()).as(ingest.text()).isEqualTo(200);
    }

    private Api api() {
        return new Api(port);
    }

    private JsonNode score(String id, String asOf) {
        Api.Answer answer = api().get("/api/accounts/" + id + "/score" + (asOf == null ? "" : "?asOf=" + asOf),
                TestKeys.SALES);
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return answer.json();
    }

    private JsonNode decide(String id, String decision, String reason) {
        Api.Answer answer = api().post("/api/reviews", TestKeys.NAMED_COMPLIANCE,
                "{\"entityId\":\"" + id + "\",\"decision\":\"" + decision + "\",\"reason\":\"" + reason + "\"}");
        assertThat(answer.status()).as(answer.text()).isEqualTo(201);
        return answer.json();
    }

    private boolean queued(String id) {
        JsonNode queue = api().get("/api/reviews/queue?limit=1000", TestKeys.COMPLIANCE).json();
        for (JsonNode item : queue) {
            if (item.get("entityId").asString().equals(id)) {
                return true;
            }
        }
        return false;
    }

    private static String reasons(JsonNode answer) {
        return answer.get("reasons").toString();
    }

    @Test
    void a_held_accounts_recheck_date_comes_from_the_evidence_and_does_not_slide_with_the_read() {
        JsonNode now = score(BANK, null);
        assertThat(now.get("riskLevel").asString()).isEqualTo("HIGH");
        assertThat(now.get("route").asString()).isEqualTo("HOLD_FOR_COMPLIANCE_REVIEW");
        assertThat(now.get("recheckAt").asString()).isEqualTo("2021-03-15T00:00:00Z");
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        String lastMonth = LocalDate.now(ZoneOffset.UTC).minusDays(30).toString();
        assertThat(score(BANK, yesterday).get("recheckAt").asString()).isEqualTo("2021-03-15T00:00:00Z");
        assertThat(score(BANK, lastMonth).get("recheckAt").asString()).isEqualTo("2021-03-15T00:00:00Z");
        assertThat(score(BLOCKED, yesterday).get("recheckAt").asString())
                .isEqualTo(score(BLOCKED, lastMonth).get("recheckAt").asString()).isEqualTo("2022-08-08T00:00:00Z");
        assertThat(reasons(now)).contains("since 2021-03-01");
    }

    @Test
    void confirm_and_escalate_keep_the_hold_and_say_so_and_clear_releases_it_until_the_evidence_changes() {
        assertThat(queued(BANK)).isTrue();
        JsonNode confirm = decide(BANK, "CONFIRM", "PEP stake verified");
        JsonNode confirmed = score(BANK, null);
        assertThat(confirmed.get("outcome").asString()).isEqualTo("DISQUALIFIED_FOR_NOW");
        assertThat(reasons(confirmed)).contains("confirmed: CONFIRM by " + TestKeys.NAMED_REVIEWER);
        assertThat(Instant.parse(confirmed.get("recheckAt").asString()))
                .isEqualTo(Instant.parse(confirm.get("at").asString()).plus(Duration.ofDays(14)));
        assertThat(queued(BANK)).isFalse();

        decide(BANK, "ESCALATE", "needs the MLRO");
        JsonNode escalated = score(BANK, null);
        assertThat(escalated.get("route").asString()).isEqualTo("HOLD_FOR_COMPLIANCE_REVIEW");
        assertThat(reasons(escalated)).contains("escalated", "until a senior reviewer decides");
        assertThat(queued(BANK)).isTrue();

        JsonNode clear = decide(BANK, "CLEAR", "PEP role ended, enhanced due diligence done");
        JsonNode cleared = score(BANK, null);
        assertThat(cleared.get("riskLevel").asString()).isEqualTo("HIGH");
        assertThat(cleared.get("outcome").asString()).isNotEqualTo("DISQUALIFIED_FOR_NOW");
        assertThat(cleared.get("route").asString()).isNotEqualTo("HOLD_FOR_COMPLIANCE_REVIEW");
        assertThat(cleared.get("tierHeld").asBoolean()).isFalse();
        assertThat(reasons(cleared)).contains("RISK_HIGH_CLEARED", "CLEAR by " + TestKeys.NAMED_REVIEWER,
                clear.get("at").asString().substring(0, 10));
        assertThat(queued(BANK)).isFalse();
        assertThat(api().get("/api/accounts?outcome=DISQUALIFIED_FOR_NOW&size=200", TestKeys.SALES).text())
                .doesNotContain(BANK);

        Api.Answer media = api().post("/api/ingest/bundle", TestKeys.ADMIN, """
                {"riskFlags": [{"id": "CMP-IT-F2", "subject": "CMP-IT-PEP", "type": "ADVERSE_MEDIA", "source": "press",
                                "listedAt": "2024-01-01"}]}""");
        assertThat(media.status()).as(media.text()).isEqualTo(200);
        JsonNode reopened = score(BANK, null);
        assertThat(reopened.get("outcome").asString()).isEqualTo("DISQUALIFIED_FOR_NOW");
        assertThat(reasons(reopened)).contains("made on other evidence, so the review is open again");
        assertThat(queued(BANK)).isTrue();
    }

    @Test
    void no_decision_releases_a_blocked_account() {
        decide(BLOCKED, "CLEAR", "we think the listing is wrong");
        JsonNode answer = score(BLOCKED, null);
        assertThat(answer.get("outcome").asString()).isEqualTo("DISQUALIFIED_FOR_NOW");
        assertThat(answer.get("route").asString()).isEqualTo("DO_NOT_CONTACT");
        assertThat(reasons(answer)).contains("no review decision releases BLOCKED", TestKeys.NAMED_REVIEWER);
    }
}
