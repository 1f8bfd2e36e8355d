package io.qualgraph.lead;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import io.qualgraph.support.Api;
import io.qualgraph.support.IntegrationTest;
import io.qualgraph.support.TestKeys;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;

/**
 * The leads contract end to end through HTTP on the embedded Neo4j: intake with resolution by each method, the
 * decisions for fit, competitor, student, blocked, PEP-held, duplicate and unknown-company leads, the recency rule at a
 * later asOf, decisions, history and each role.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeadApiIT {

    @LocalServerPort
    int port;

    Api api;

    @BeforeAll
    void graph() throws IOException {
        api = new Api(port);
        String bundle = new ClassPathResource("lead/lead-graph.json").getContentAsString(StandardCharsets.UTF_8);
        Api.Answer loaded = api.post("/api/ingest/bundle", TestKeys.ADMIN, bundle);
        assertThat(loaded.status()).as(loaded.text()).isEqualTo(200);
    }

    private JsonNode post(String body) {
        Api.Answer answer = api.post("/api/leads", TestKeys.SALES, body);
        assertThat(answer.status()).as(answer.text()).isEqualTo(201);
        assertThat(answer.header("Location")).isEqualTo("/api/leads/" + answer.json().get("leadId").asString());
        return answer.json();
    }

    private static double sum(JsonNode reasons) {
        return Math.round(reasons.valueStream().mapToDouble(r -> r.get("points").asDouble()).sum() * 10) / 10.0;
    }

    @Test
    void a_fit_lead_resolves_by_its_email_domain_in_its_country_and_is_qualified_with_a_contact_by() {
        JsonNode q = post("""
                {"id": "LDT-L-FIT", "email": "cto@fitwell.example", "name": "Clara Tech", "title": "CTO",
                 "phone": "+49 89 1234567", "country": "DE", "source": "INBOUND_FORM",
                 "answers": {"budget": "APPROVED", "need": "URGENT"}}
                """);
        assertThat(q.at("/match/entityId").asString()).isEqualTo("LDT-FIT");
        assertThat(q.at("/match/accountId").asString()).isEqualTo("LDT-FIT");
        assertThat(q.at("/match/method").asString()).isEqualTo("EMAIL_DOMAIN");
        assertThat(q.at("/match/alternatives/0/entityId").asString()).isEqualTo("LDT-FIT-SUB");
        assertThat(q.get("contactId").asString()).isEqualTo("C-LDT-L-FIT");
        assertThat(q.get("outcome").asString()).isEqualTo("QUALIFIED");
        assertThat(q.get("stage").asString()).isEqualTo("MQL");
        assertThat(q.get("mqlAt").isNull()).isFalse();
        assertThat(q.get("contactBy").isNull()).isFalse();
        assertThat(q.get("riskLevel").asString()).isEqualTo("NONE");
        assertThat(q.at("/account/accountId").asString()).isEqualTo("LDT-FIT");
        assertThat(sum(q.get("reasons"))).isEqualTo(q.get("score").asDouble());
        assertThat(q.get("missing").valueStream().map(m -> m.get("code").asString()).toList())
                .contains("TIMELINE_UNKNOWN", "NO_ECONOMIC_BUYER");
        for (String field : new String[] {"leadId", "asOf", "modelVersion", "duplicateOf", "grade", "route",
                "recheckAt"}) {
            assertThat(q.has(field)).as(field).isTrue();
        }
    }

    @Test
    void the_recency_rule_makes_the_same_lead_not_qualified_at_a_later_as_of_and_keeps_its_mql_instant() {
        post("""
                {"id": "LDT-L-LATER", "email": "vp@fitwell.example", "name": "Victor Page", "title": "VP IT",
                 "phone": "+49 89 7654321", "country": "DE", "source": "INBOUND_FORM",
                 "answers": {"budget": "APPROVED", "need": "URGENT", "timeline": "IMMEDIATE"}}
                """);
        String later = Instant.now().plus(32, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        Api.Answer a = api.get("/api/leads/LDT-L-LATER/qualification?asOf=" + later, TestKeys.SALES);
        assertThat(a.status()).as(a.text()).isEqualTo(200);
        assertThat(a.json().get("outcome").asString()).isNotEqualTo("QUALIFIED");
        assertThat(a.json().get("reasons").valueStream().map(r -> r.get("code").asString())).contains("GATE_IDLE");
        assertThat(a.json().get("stage").asString()).isEqualTo("MQL");
        assertThat(a.json().get("contactBy").isNull()).isTrue();
        assertThat(api.get("/api/leads/LDT-L-LATER/qualification?asOf=" + later, TestKeys.SALES).json()
                .get("recheckAt")).isEqualTo(a.json().get("recheckAt"));
    }

    @Test
    void competitor_and_student_leads_are_never_qualified() {
        JsonNode competitor = post("""
                {"email": "spy@leadgraph.io", "name": "Sam Spy", "title": "CEO", "phone": "+1 555 0100",
                 "source": "INBOUND_FORM", "answers": {"budget": "APPROVED", "need": "URGENT"}}
                """);
        assertThat(competitor.get("outcome").asString()).isNotEqualTo("QUALIFIED");
        assertThat(competitor.get("route").asString()).isEqualTo("DO_NOT_CONTACT");
        JsonNode student = post("""
                {"email": "kim@uni-example.de", "name": "Kim Student", "company": "Fitwell Software",
                 "country": "DE", "source": "WEBINAR"}
                """);
        assertThat(student.get("outcome").asString()).isEqualTo("UNQUALIFIED");
    }

    @Test
    void a_blocked_account_disqualifies_and_a_pep_held_account_holds_its_leads() {
        JsonNode blocked = post("""
                {"email": "cfo@blockado.example", "name": "Bea Block", "title": "CFO", "country": "DE",
                 "source": "INBOUND_FORM", "answers": {"budget": "APPROVED", "need": "URGENT"}}
                """);
        assertThat(blocked.get("outcome").asString()).isEqualTo("DISQUALIFIED_FOR_NOW");
        assertThat(blocked.get("route").asString()).isEqualTo("DO_NOT_CONTACT");
        assertThat(blocked.get("riskLevel").asString()).isEqualTo("BLOCKED");
        assertThat(blocked.has("evidence")).isFalse();
        JsonNode held = post("""
                {"email": "pia.pepper.ldt@gmail.com", "lei": "LDTLEI0000000000PEP1", "name": "Pia Pepper", "source": "EVENT"}
                """);
        assertThat(held.at("/match/method").asString()).isEqualTo("LEI");
        assertThat(held.get("riskLevel").asString()).isEqualTo("HIGH");
        assertThat(held.get("route").asString()).isEqualTo("HOLD_FOR_COMPLIANCE_REVIEW");
    }

    @Test
    void the_same_email_again_is_a_duplicate_of_the_open_lead() {
        post("""
                {"id": "LDT-L-DUP1", "email": "twice@fitwell.example", "name": "Tom Twice", "source": "WEBINAR"}
                """);
        JsonNode again = post("""
                {"id": "LDT-L-DUP2", "email": "Twice@Fitwell.example", "name": "Tom Twice", "source": "INBOUND_FORM"}
                """);
        assertThat(again.get("duplicateOf").asString()).isEqualTo("LDT-L-DUP1");
        assertThat(again.at("/match/method").asString()).isEqualTo("EMAIL");
    }

    @Test
    void an_unknown_company_is_kept_unmatched_and_says_so() {
        JsonNode q = post("""
                {"email": "ann@nowhere-at-all.example", "name": "Ann Nowhere", "company": "Nowhere At All Ltd",
                 "country": "GB", "source": "INBOUND_FORM"}
                """);
        assertThat(q.get("match").isNull()).isTrue();
        assertThat(q.get("account").isNull()).isTrue();
        assertThat(q.at("/missing/0/code").asString()).isEqualTo("COMPANY_UNMATCHED");
        assertThat(sum(q.get("reasons"))).isEqualTo(q.get("score").asDouble());
    }

    @Test
    void a_company_name_and_a_website_resolve_a_personal_email() {
        JsonNode byName = post("""
                {"email": "ldt.boss@hotmail.com", "company": "NAMENSGLEICH LOGISTIK AG", "country": "AT"}
                """);
        assertThat(byName.at("/match/method").asString()).isEqualTo("COMPANY_NAME");
        assertThat(byName.at("/match/confidence").asDouble()).isLessThan(1.0);
        JsonNode byWebsite = post("""
                {"email": "ldt.boss2@gmail.com", "website": "https://www.pepper.example/"}
                """);
        assertThat(byWebsite.at("/match/method").asString()).isEqualTo("WEBSITE_DOMAIN");
        JsonNode byContact = post("""
                {"contact": "LDT-C1", "source": "OUTBOUND"}
                """);
        assertThat(byContact.at("/match/method").asString()).isEqualTo("CONTACT_ID");
        assertThat(byContact.get("contactId").asString()).isEqualTo("LDT-C1");
        assertThat(byContact.get("missing").valueStream().map(m -> m.get("code").asString()).toList())
                .as("the contact it names has a real name and a company e-mail").doesNotContain("NO_REAL_NAME")
                .doesNotContain("NO_COMPANY_EMAIL");
        assertThat(byContact.get("reasons").valueStream().map(r -> r.get("code").asString()).toList())
                .contains("DATA_REAL_NAME", "DATA_COMPANY_EMAIL");
        JsonNode inbox = api.get("/api/leads?source=OUTBOUND&size=200", TestKeys.SALES).json();
        JsonNode row = inbox.get("items").valueStream()
                .filter(i -> i.get("leadId").asString().equals(byContact.get("leadId").asString())).findFirst().orElseThrow();
        assertThat(row.get("email").asString()).as("a lead naming only its contact shows the contact in the inbox")
                .isNotBlank().isNotEqualTo(row.get("leadId").asString());
        assertThat(row.get("matchMethod").asString()).isEqualTo("CONTACT_ID");
        assertThat(row.get("matchConfidence").asDouble()).isEqualTo(1.0);
        assertThat(row.get("accountId").asString()).isEqualTo(byContact.at("/account/accountId").asString());
        assertThat(row.get("accountName").asString()).as("the inbox names the account")
                .isEqualTo(byContact.at("/account/name").asString()).isNotBlank();
    }

    @Test
    void decisions_move_the_stage_and_are_kept_in_the_history_with_who_and_why() {
        post("""
                {"id": "LDT-L-DEC", "email": "deci@fitwell.example", "name": "Dee Cision", "source": "INBOUND_FORM"}
                """);
        Api.Answer accept = api.post("/api/leads/LDT-L-DEC/decisions", TestKeys.SALES, """
                {"decision": "ACCEPT", "reason": "called back"}
                """);
        assertThat(accept.status()).as(accept.text()).isEqualTo(201);
        assertThat(accept.json().get("stage").asString()).isEqualTo("SAL");
        Api.Answer convert = api.post("/api/leads/LDT-L-DEC/decisions", TestKeys.ADMIN, """
                {"decision": "CONVERT", "opportunity": "LDT-O1"}
                """);
        assertThat(convert.json().get("stage").asString()).isEqualTo("CONVERTED");
        Api.Answer history = api.get("/api/leads/LDT-L-DEC/history", TestKeys.COMPLIANCE);
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.json().valueStream().map(e -> e.get("kind").asString() + ":" + e.get("value").asString())
                .toList()).containsSubsequence("STAGE:NEW", "DECISION:ACCEPT", "STAGE:SAL", "DECISION:CONVERT",
                        "STAGE:CONVERTED");
        JsonNode first = history.json().valueStream().filter(e -> e.get("value").asString().equals("ACCEPT"))
                .findFirst().orElseThrow();
        assertThat(first.get("by").asString()).isNotBlank();
        assertThat(first.get("reason").asString()).isEqualTo("called back");
        assertThat(api.post("/api/leads/LDT-L-DEC/decisions", TestKeys.SALES, "{\"decision\": \"RECYCLE\"}").status())
                .isEqualTo(409);
    }

    @Test
    void bad_input_is_a_problem_naming_the_field_and_writes_nothing() {
        assertProblem(api.post("/api/leads", TestKeys.SALES, "{\"name\": \"Nobody\"}"), 400, "email");
        assertProblem(api.post("/api/leads", TestKeys.SALES, "{\"email\": \"not-an-email\"}"), 400, "email");
        assertProblem(api.post("/api/leads", TestKeys.SALES, "{\"email\": \"a@b.example\", \"source\": \"PIGEON\"}"),
                400, "source");
        assertProblem(api.post("/api/leads", TestKeys.SALES, "{\"email\": \"a@b.example\", \"status\": \"ENGAGED\"}"),
                400, "status");
        post("{\"id\": \"LDT-L-BAD\", \"email\": \"bad@fitwell.example\"}");
        assertProblem(api.post("/api/leads/LDT-L-BAD/decisions", TestKeys.SALES, "{\"decision\": \"LIKE\"}"), 400,
                "decision");
        assertProblem(api.post("/api/leads/LDT-L-BAD/decisions", TestKeys.SALES, "{\"decision\": \"CONVERT\"}"), 400,
                "opportunity");
        assertProblem(api.post("/api/leads/LDT-L-BAD/decisions", TestKeys.SALES, "{\"decision\": \"REJECT\"}"), 400,
                "reason");
        assertProblem(api.post("/api/leads/LDT-NO-SUCH/decisions", TestKeys.SALES, "{\"decision\": \"ACCEPT\"}"), 404,
                null);
        assertThat(api.get("/api/leads/LDT-L-BAD/history", TestKeys.SALES).json().size()).isEqualTo(1);
        assertProblem(api.get("/api/leads/LDT-NO-SUCH", TestKeys.SALES), 404, null);
    }

    @Test
    void compliance_may_read_leads_but_not_create_or_decide_them_and_no_key_is_401() {
        post("{\"id\": \"LDT-L-ROLE\", \"email\": \"role@fitwell.example\"}");
        assertThat(api.get("/api/leads/LDT-L-ROLE", TestKeys.COMPLIANCE).status()).isEqualTo(200);
        assertThat(api.get("/api/leads/LDT-L-ROLE/qualification", TestKeys.COMPLIANCE).status()).isEqualTo(200);
        assertProblem(api.post("/api/leads", TestKeys.COMPLIANCE, "{\"email\": \"c@fitwell.example\"}"), 403, null);
        assertProblem(api.post("/api/leads/LDT-L-ROLE/decisions", TestKeys.COMPLIANCE, "{\"decision\": \"ACCEPT\"}"),
                403, null);
        assertProblem(api.get("/api/leads/LDT-L-ROLE", null), 401, null);
        assertThat(api.post("/api/leads", TestKeys.ADMIN, "{\"email\": \"adm@fitwell.example\"}").status()).isEqualTo(201);
        JsonNode view = api.get("/api/leads/LDT-L-ROLE", TestKeys.SALES).json();
        assertThat(view.get("email").asString()).isEqualTo("role@fitwell.example");
        assertThat(view.has("status")).isTrue();
        assertThat(view.at("/qualification/leadId").asString()).isEqualTo("LDT-L-ROLE");
    }

    private static void assertProblem(Api.Answer answer, int status, String field) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(status);
        assertThat(answer.contentType()).contains("application/problem+json");
        if (field != null) {
            assertThat(answer.json().get("errors").valueStream().map(e -> e.get("path").asString())).contains(field);
        }
    }
}
