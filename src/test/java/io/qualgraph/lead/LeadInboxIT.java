package io.qualgraph.lead;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import io.qualgraph.support.Api;
import io.qualgraph.support.IntegrationTest;
import io.qualgraph.support.TestKeys;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The inbox, its filters and changedSince, the funnel, and a new engagement re-deciding a lead, through HTTP. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeadInboxIT {

    @LocalServerPort
    int port;

    Api api;

    @BeforeAll
    void graph() {
        api = new Api(port);
        Api.Answer loaded = api.post("/api/ingest/bundle", TestKeys.ADMIN, """
                {"entities": [{"id": "LDI-E", "name": "Inboxa Software GmbH", "jurisdiction": "DE", "industry": "software",
                               "employees": 1500, "regulated": true, "domain": "inboxa.example"}]}
                """);
        assertThat(loaded.status()).as(loaded.text()).isEqualTo(200);
        for (String lead : List.of(
                "{\"id\": \"LDI-HOT\", \"email\": \"hot@inboxa.example\", \"name\": \"Hanna Hot\", \"title\": \"CIO\","
                        + " \"phone\": \"+49 40 111111\", \"source\": \"INBOUND_FORM\", \"country\": \"DE\","
                        + " \"answers\": {\"budget\": \"APPROVED\", \"need\": \"URGENT\", \"timeline\": \"IMMEDIATE\"}}",
                "{\"id\": \"LDI-WARM\", \"email\": \"warm@inboxa.example\", \"name\": \"Will Warm\", \"title\": \"Engineer\","
                        + " \"source\": \"WEBINAR\"}",
                "{\"id\": \"LDI-COLD\", \"email\": \"cold@inboxa.example\", \"source\": \"OUTBOUND\"}",
                "{\"id\": \"LDI-GONE\", \"email\": \"gone@inboxa.example\", \"name\": \"Greta Gone\", \"source\": \"WEBINAR\"}")) {
            assertThat(api.post("/api/leads", TestKeys.SALES, lead).status()).isEqualTo(201);
        }
        assertThat(api.post("/api/leads/LDI-GONE/decisions", TestKeys.SALES,
                "{\"decision\": \"REJECT\", \"reason\": \"no project\"}").status()).isEqualTo(201);
    }

    private List<String> ids(String query) {
        Api.Answer inbox = api.get("/api/leads?accountId=LDI-E" + query, TestKeys.SALES);
        assertThat(inbox.status()).as(inbox.text()).isEqualTo(200);
        return inbox.json().get("items").valueStream().map(i -> i.get("leadId").asString()).toList();
    }

    @Test
    void the_inbox_lists_the_most_urgent_first_and_a_rejected_lead_has_left_it() {
        List<String> ids = ids("");
        assertThat(ids).startsWith("LDI-HOT").doesNotContain("LDI-GONE").contains("LDI-WARM", "LDI-COLD");
        assertThat(ids("&stage=REJECTED")).containsExactly("LDI-GONE");
        assertThat(ids("&outcome=QUALIFIED")).containsExactly("LDI-HOT");
        assertThat(ids("&source=OUTBOUND")).containsExactly("LDI-COLD");
        JsonNode page = api.get("/api/leads?accountId=LDI-E&size=1&page=1", TestKeys.COMPLIANCE).json();
        assertThat(page.get("items").size()).isEqualTo(1);
        assertThat(page.get("total").asLong()).isEqualTo(3);
        assertThat(page.get("size").asInt()).isEqualTo(1);
        assertThat(page.get("page").asInt()).isEqualTo(1);
    }

    @Test
    void a_new_engagement_by_the_lead_contact_re_decides_it_and_changed_since_reports_it() {
        JsonNode before = api.get("/api/leads/LDI-WARM/qualification", TestKeys.SALES).json();
        Instant since = Instant.now();
        Api.Answer pushed = api.post("/api/ingest/bundle", TestKeys.ADMIN, """
                {"engagements": [{"id": "LDI-V1", "contact": "%s", "type": "DEMO_REQUEST", "at": "%s"},
                                 {"id": "LDI-V2", "contact": "%s", "type": "TRIAL_SIGNUP", "at": "%s"}]}
                """.formatted(before.get("contactId").asString(), since, before.get("contactId").asString(), since));
        assertThat(pushed.status()).as(pushed.text()).isEqualTo(200);
        JsonNode item = api.get("/api/leads?accountId=LDI-E&changedSince=" + since, TestKeys.SALES).json()
                .get("items").valueStream().filter(i -> i.get("leadId").asString().equals("LDI-WARM")).findFirst()
                .orElse(null);
        JsonNode after = api.get("/api/leads/LDI-WARM/qualification", TestKeys.SALES).json();
        assertThat(after.get("score").asDouble()).isGreaterThan(before.get("score").asDouble());
        assertThat(after.get("reasons").valueStream().map(r -> r.get("code").asString())).contains("USAGE_TRIAL");
        if (!after.get("outcome").equals(before.get("outcome"))) {
            assertThat(item).as("the decision changed, so changedSince lists it").isNotNull();
        }
        JsonNode listed = api.get("/api/leads?accountId=LDI-E", TestKeys.SALES).json().get("items").valueStream()
                .filter(i -> i.get("leadId").asString().equals("LDI-WARM")).findFirst().orElseThrow();
        assertThat(listed.get("score").asDouble()).isEqualTo(after.get("score").asDouble());
    }

    @Test
    void the_funnel_counts_stages_reached_and_conversion_per_source() {
        Api.Answer funnel = api.get("/api/leads/funnel?by=source&from=2020-01-01", TestKeys.SALES);
        assertThat(funnel.status()).as(funnel.text()).isEqualTo(200);
        JsonNode webinar = funnel.json().get("groups").valueStream()
                .filter(g -> g.get("group").asString().equals("WEBINAR")).findFirst().orElseThrow();
        assertThat(webinar.at("/reached/REJECTED").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(webinar.at("/reached/NEW").asLong()).isEqualTo(webinar.get("leads").asLong());
        assertThat(funnel.json().at("/total/conversion").has("NEW_TO_MQL")).isTrue();
        assertThat(api.get("/api/leads/funnel?by=tier", TestKeys.COMPLIANCE).status()).isEqualTo(200);
        assertThat(api.get("/api/leads/funnel?by=persona", TestKeys.SALES).status()).isEqualTo(200);
    }

    @Test
    void bad_inbox_and_funnel_parameters_are_400_naming_them() {
        for (String[] bad : new String[][] {{"/api/leads?outcome=HOT", "outcome"}, {"/api/leads?stage=WON", "stage"},
                {"/api/leads?route=SOON", "route"}, {"/api/leads?source=PIGEON", "source"}, {"/api/leads?size=0", "size"},
                {"/api/leads?changedSince=yesterday", "changedSince"}, {"/api/leads/funnel?by=colour", "by"},
                {"/api/leads/funnel?from=2026-12-01&to=2026-01-01", "from"}}) {
            Api.Answer answer = api.get(bad[0], TestKeys.SALES);
            assertThat(answer.status()).as(bad[0]).isEqualTo(400);
            assertThat(answer.json().get("errors").valueStream().map(e -> e.get("path").asString())).contains(bad[1]);
        }
    }

    @Test
    void an_inbox_at_a_past_instant_has_none_of_the_later_leads() {
        Api.Answer past = api.get("/api/leads?accountId=LDI-E&asOf=2020-01-01", TestKeys.SALES);
        assertThat(past.status()).as(past.text()).isEqualTo(200);
        assertThat(past.json().get("total").asLong()).isZero();
    }
}
