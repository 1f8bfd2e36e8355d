package io.qualgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.qualgraph.support.Api;
import io.qualgraph.support.IntegrationTest;
import io.qualgraph.support.TestKeys;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every field of a bundle or CSV leads row is stored on the Lead node; bad rows write nothing. */
@IntegrationTest
class LeadIngestIT {

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    private Api api() {
        return new Api(port);
    }

    private Record lead(String id) {
        return driver.executableQuery("""
                MATCH (l:Lead {id: $id})
                RETURN l, head([(l)-[:ABOUT]->(c) | c.id]) AS contact
                """).withParameters(java.util.Map.of("id", id)).execute().records().get(0);
    }

    @Test
    void a_bundle_lead_row_stores_every_field_of_the_contract() {
        Api.Answer answer = api().post("/api/ingest/bundle", TestKeys.ADMIN, """
                {"leads": [{"id": "ING-LEAD-1", "email": "Ann.Lee@Example-Ingest.com", "name": "Ann Lee",
                  "title": "Head of IT", "seniority": "DIRECTOR", "department": "IT", "phone": "+49 30 123456",
                  "company": "Example Ingest GmbH", "website": "https://www.example-ingest.com", "country": "DE",
                  "lei": "5299000EXAMPLE000001", "source": "WEBINAR", "createdAt": "2026-11-01T10:00:00Z",
                  "status": "NEW", "answers": {"budget": "PLANNED", "timeline": "WITHIN_6_MONTHS",
                  "authority": "INFLUENCER", "need": "CONFIRMED"}, "attributes": {"webinar": "graphs"}}]}
                """);
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        var l = lead("ING-LEAD-1").get("l").asNode();
        assertThat(l.get("email").asString()).isEqualTo("ann.lee@example-ingest.com");
        assertThat(l.get("company").asString()).isEqualTo("Example Ingest GmbH");
        assertThat(l.get("phone").asString()).isEqualTo("+49 30 123456");
        assertThat(l.get("seniority").asString()).isEqualTo("DIRECTOR");
        assertThat(l.get("budget").asString()).isEqualTo("PLANNED");
        assertThat(l.get("need").asString()).isEqualTo("CONFIRMED");
        assertThat(l.get("country").asString()).isEqualTo("DE");
        assertThat(l.get("attributes").asString()).contains("graphs");
    }

    @Test
    void a_csv_leads_section_takes_answers_columns() {
        Api.Answer answer = api().post("/api/ingest/csv/leads", TestKeys.ADMIN, """
                id,email,name,company,country,source,status,answers.budget,answers.need,attributes.campaign
                ING-LEAD-CSV1,bo@csv-leads.example,Bo Berg,CSV Leads AB,SE,EVENT,OPEN,APPROVED,URGENT,fair
                """, "text/csv");
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        var l = lead("ING-LEAD-CSV1").get("l").asNode();
        assertThat(l.get("budget").asString()).isEqualTo("APPROVED");
        assertThat(l.get("need").asString()).isEqualTo("URGENT");
        assertThat(l.get("timeline").isNull()).isTrue();
        assertThat(l.get("attributes").asString()).contains("fair");
    }

    @Test
    void a_lead_row_with_an_unknown_source_status_or_answer_is_400_and_writes_nothing() {
        Api.Answer answer = api().post("/api/ingest/bundle", TestKeys.ADMIN, """
                {"leads": [{"id": "ING-LEAD-BAD1", "email": "x@bad-leads.example", "source": "PIGEON"},
                           {"id": "ING-LEAD-BAD2", "email": "y@bad-leads.example", "status": "ENGAGED",
                            "answers": {"budget": "LOTS"}},
                           {"id": "ING-LEAD-BAD3", "name": "No Way To Reach"}]}
                """);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).contains("application/problem+json");
        assertThat(answer.json().get("errors").valueStream().map(e -> e.get("path").asString()).toList())
                .containsExactlyInAnyOrder("$.leads[0].source", "$.leads[1].status", "$.leads[1].answers.budget",
                        "$.leads[2].email");
        long stored = driver.executableQuery("MATCH (l:Lead) WHERE l.id STARTS WITH 'ING-LEAD-BAD' RETURN count(l) AS n")
                .execute().records().get(0).get("n").asLong();
        assertThat(stored).isZero();
    }

    @Test
    void re_sending_a_lead_row_changes_nothing() {
        String bundle = """
                {"leads": [{"id": "ING-LEAD-AGAIN", "email": "again@again-leads.example", "source": "INBOUND_FORM",
                            "createdAt": "2026-10-01"}]}
                """;
        assertThat(api().post("/api/ingest/bundle", TestKeys.ADMIN, bundle).status()).isEqualTo(200);
        Api.Answer again = api().post("/api/ingest/bundle", TestKeys.ADMIN, bundle);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().at("/sections/leads/created").asLong()).isZero();
        assertThat(again.json().at("/sections/leads/updated").asLong()).isZero();
    }
}
