package io.qualgraph.lead;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.qualgraph.support.Api;
import io.qualgraph.support.IntegrationTest;
import io.qualgraph.support.TestKeys;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Leads written through the bundle path resolve in DESIGN §5's order, on the real graph. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeadResolutionIT {

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    @Autowired
    CompanyNameResolution companyNames;

    @BeforeAll
    void graph() {
        Api.Answer answer = new Api(port).post("/api/ingest/bundle", TestKeys.ADMIN, """
                {"entities": [
                  {"id": "RES-P", "name": "Resolva Holding AG", "jurisdiction": "DE", "domain": "resolva.example", "lei": "RESLEI00000000000001"},
                  {"id": "RES-S", "name": "Resolva Sales GmbH", "jurisdiction": "DE", "domain": "resolva.example"},
                  {"id": "RES-US", "name": "Resolva Inc.", "jurisdiction": "US", "domain": "resolva.example"},
                  {"id": "RES-W", "name": "Webbed Things Ltd", "jurisdiction": "GB", "domain": "webbed.example"},
                  {"id": "RES-N", "name": "Namely Logistik GmbH", "jurisdiction": "AT"},
                  {"id": "RES-G", "name": "Gmail Lookalike", "jurisdiction": "US", "domain": "gmail.com"},
                  {"id": "RES-FEW", "name": "Split Few SARL", "jurisdiction": "FR", "domain": "split.example"},
                  {"id": "RES-MANY", "name": "Split Many SL", "jurisdiction": "ES", "domain": "split.example"}],
                 "ownership": [{"owner": "RES-P", "owned": "RES-S", "share": 1.0}],
                 "contacts": [{"id": "RES-C1", "entity": "RES-S", "name": "Known Person", "email": "known@resolva.example"},
                   {"id": "RES-C2", "entity": "RES-US", "name": "US One", "email": "one@us.resolva.example"},
                   {"id": "RES-C3", "entity": "RES-US", "name": "US Two", "email": "two@us.resolva.example"},
                   {"id": "RES-CF1", "entity": "RES-FEW", "name": "Few One", "email": "f1@split.example"},
                   {"id": "RES-CM1", "entity": "RES-MANY", "name": "Many One", "email": "m1@split.example"},
                   {"id": "RES-CM2", "entity": "RES-MANY", "name": "Many Two", "email": "m2@split.example"}],
                 "leads": [
                  {"id": "RES-L-ID", "contact": "RES-C1", "source": "INBOUND_FORM"},
                  {"id": "RES-L-EMAIL", "email": "KNOWN@resolva.example", "source": "WEBINAR"},
                  {"id": "RES-L-LEI", "email": "ceo@private-mail.example", "lei": "RESLEI00000000000001"},
                  {"id": "RES-L-DOMAIN", "email": "new.person@resolva.example", "country": "DE", "name": "New Person",
                   "title": "CTO"},
                  {"id": "RES-L-WEB", "email": "res.someone@gmail.com", "website": "https://www.webbed.example/contact"},
                  {"id": "RES-L-NAME", "email": "res.ops@hotmail.com", "company": "NAMELY LOGISTIK", "country": "AT"},
                  {"id": "RES-L-MOST", "email": "new.one@split.example"},
                  {"id": "RES-L-NONE", "email": "who@unknown-co.example", "company": "Unknown Co", "country": "FR"},
                  {"id": "RES-L-LEI-FIRST", "email": "boss@webbed.example", "lei": "RESLEI00000000000001",
                   "company": "Namely Logistik", "country": "AT"},
                  {"id": "RES-L-DOMAIN-FIRST", "email": "buyer@webbed.example", "website": "resolva.example",
                   "company": "Namely Logistik", "country": "AT"},
                  {"id": "RES-L-DUP1", "email": "twice@unknown-co.example", "createdAt": "2026-11-01T10:00:00Z"},
                  {"id": "RES-L-DUP2", "email": "twice@unknown-co.example", "createdAt": "2026-11-05T10:00:00Z"}]}
                """);
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    }

    private Record lead(String id) {
        return driver.executableQuery("""
                MATCH (l:Lead {id: $id})
                OPTIONAL MATCH (l)-[:ABOUT]->(c:Contact)
                OPTIONAL MATCH (c)-[:WORKS_AT]->(e:LegalEntity)
                RETURN l.matchMethod AS method, l.matchEntity AS entity, l.matchConfidence AS confidence,
                       l.duplicateOf AS duplicateOf, l.matchAlternatives AS alternatives, c.id AS contact,
                       e.id AS employer, c.name AS contactName, l.matchEvidence AS evidence
                """).withParameters(Map.of("id", id)).execute().records().get(0);
    }

    @Test
    void a_named_contact_and_a_known_email_resolve_to_that_contact() {
        assertThat(lead("RES-L-ID").get("method").asString()).isEqualTo("CONTACT_ID");
        Record byEmail = lead("RES-L-EMAIL");
        assertThat(byEmail.get("method").asString()).isEqualTo("EMAIL");
        assertThat(byEmail.get("contact").asString()).isEqualTo("RES-C1");
        assertThat(byEmail.get("entity").asString()).isEqualTo("RES-S");
    }

    @Test
    void a_lei_resolves_and_the_new_email_becomes_a_contact_there() {
        Record r = lead("RES-L-LEI");
        assertThat(r.get("method").asString()).isEqualTo("LEI");
        assertThat(r.get("entity").asString()).isEqualTo("RES-P");
        assertThat(r.get("employer").asString()).isEqualTo("RES-P");
        assertThat(r.get("contact").asString()).isEqualTo("C-RES-L-LEI");
    }

    @Test
    void a_shared_email_domain_goes_to_the_entity_in_the_lead_country_with_the_others_as_alternatives() {
        Record r = lead("RES-L-DOMAIN");
        assertThat(r.get("method").asString()).isEqualTo("EMAIL_DOMAIN");
        assertThat(r.get("entity").asString()).as("in DE, the lead's country, though the US family has more contacts")
                .isEqualTo("RES-P");
        assertThat(r.get("alternatives").asString()).contains("RES-S", "RES-US");
        assertThat(r.get("contactName").asString()).isEqualTo("New Person");
    }

    @Test
    void a_shared_email_domain_without_a_country_goes_to_the_family_with_the_most_contacts() {
        Record r = lead("RES-L-MOST");
        assertThat(r.get("method").asString()).isEqualTo("EMAIL_DOMAIN");
        assertThat(r.get("entity").asString()).isEqualTo("RES-MANY");
        assertThat(r.get("alternatives").asString()).contains("RES-FEW", "1 contacts in its family");
        assertThat(r.get("evidence").asList(v -> v.asString())).anyMatch(line -> line.contains(
                "its family has the most contacts (2)"));
    }

    @Test
    void a_personal_email_never_matches_but_the_website_does() {
        Record r = lead("RES-L-WEB");
        assertThat(r.get("method").asString()).isEqualTo("WEBSITE_DOMAIN");
        assertThat(r.get("entity").asString()).isEqualTo("RES-W");
    }

    @Test
    void a_stronger_key_wins_over_every_weaker_one_that_also_finds_an_entity() {
        Record lei = lead("RES-L-LEI-FIRST");
        assertThat(lei.get("method").asString()).as("the LEI before the e-mail domain and the name").isEqualTo("LEI");
        assertThat(lei.get("entity").asString()).isEqualTo("RES-P");
        Record domain = lead("RES-L-DOMAIN-FIRST");
        assertThat(domain.get("method").asString()).as("the e-mail domain before the website and the name")
                .isEqualTo("EMAIL_DOMAIN");
        assertThat(domain.get("entity").asString()).isEqualTo("RES-W");
        assertThat(domain.get("alternatives").asString()).as("only the step that decided offers alternatives")
                .isEqualTo("[]");
    }

    @Test
    void a_company_name_resolves_through_the_full_text_index_within_the_country() {
        Record r = lead("RES-L-NAME");
        assertThat(r.get("method").asString()).isEqualTo("COMPANY_NAME");
        assertThat(r.get("entity").asString()).isEqualTo("RES-N");
        assertThat(r.get("confidence").asDouble()).isBetween(0.5, 0.99);
    }

    @Test
    void the_company_name_step_alone_finds_what_intake_found_and_writes_nothing() {
        assertThat(companyNames.entityFor("NAMELY LOGISTIK", "AT")).contains("RES-N");
        assertThat(companyNames.entityFor("Namely Logistik", null)).contains("RES-N");
        assertThat(companyNames.entityFor("Namely Logistik", "DE")).as("only within the country").isEmpty();
        assertThat(companyNames.entityFor("Unknown Co", "FR")).isEmpty();
        assertThat(companyNames.entityFor("Namely Logistik Austria", "AT")).as("a word more: the broad query")
                .contains("RES-N");
        assertThat(driver.executableQuery("MATCH (l:Lead) WHERE l.id STARTS WITH 'company-name' RETURN count(l) AS n")
                .execute().records().get(0).get("n").asLong()).isZero();
    }

    @Test
    void an_unknown_company_is_kept_unmatched_without_a_contact() {
        Record r = lead("RES-L-NONE");
        assertThat(r.get("method").isNull()).isTrue();
        assertThat(r.get("contact").isNull()).isTrue();
    }

    @Test
    void the_same_email_again_inside_the_window_names_the_earlier_lead() {
        assertThat(lead("RES-L-DUP2").get("duplicateOf").asString()).isEqualTo("RES-L-DUP1");
        assertThat(lead("RES-L-DUP1").get("duplicateOf").isNull()).isTrue();
    }
}
