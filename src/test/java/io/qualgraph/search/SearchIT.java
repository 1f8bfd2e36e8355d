package io.qualgraph.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.StreamSupport;

import io.qualgraph.support.Api;
import io.qualgraph.support.Graph;
import io.qualgraph.support.IntegrationTest;
import io.qualgraph.support.TestKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class SearchIT {

    static final String BUNDLE = """
            {"entities": [{"id": "SRCH-P", "name": "Zyntheon Holding AG", "jurisdiction": "DE", "industry": "Software"},
                          {"id": "SRCH-S", "name": "Zyntheon Logistik GmbH", "jurisdiction": "AT"},
                          {"id": "SRCH-O", "name": "Quorvalis Trading Ltd", "jurisdiction": "CY"}],
             "persons": [{"id": "SRCH-BO", "name": "Ottilie Zyntheon-Brand", "nationality": "DE"}],
             "ownership": [{"owner": "SRCH-P", "owned": "SRCH-S", "share": 0.8, "since": "2020-01-01"},
                           {"owner": "SRCH-BO", "owned": "SRCH-P", "share": 0.3, "since": "2020-01-01"}],
             "contacts": [{"id": "SRCH-C1", "entity": "SRCH-S", "name": "Henrike Vallender", "email": "h.vallender@zyntheon.at",
                           "title": "Head of Procurement", "seniority": "DIRECTOR", "department": "Procurement"}],
             "leads": [{"id": "SRCH-L1", "contact": "SRCH-C1", "source": "INBOUND_FORM", "createdAt": "2026-11-01T10:00:00Z",
                        "status": "OPEN"}]}
            """;

    @LocalServerPort
    int port;
    @Autowired
    Graph graph;

    @BeforeEach
    void load() {
        graph.write(tx -> tx.run("MATCH (n) WHERE n.id STARTS WITH 'SRCH-' DETACH DELETE n").consume());
        Api.Answer ingest = new Api(port).post("/api/ingest/bundle", TestKeys.ADMIN, BUNDLE);
        assertThat(ingest.status()).as(ingest.text()).isEqualTo(200);
    }

    private JsonNode search(String query) {
        Api.Answer a = new Api(port).get("/api/search?" + query, TestKeys.SALES);
        assertThat(a.status()).as(a.text()).isEqualTo(200);
        return a.json();
    }

    private static List<String> ids(JsonNode answer, String kind) {
        return StreamSupport.stream(answer.get("items").spliterator(), false)
                .filter(h -> h.get("kind").asString().equals(kind)).map(h -> h.get("id").asString()).toList();
    }

    @Test
    void a_company_name_finds_its_entities_and_their_account_with_names() {
        JsonNode answer = search("q=zyntheon%20logistik");
        assertThat(ids(answer, "ENTITY")).containsExactly("SRCH-S");
        assertThat(ids(answer, "ACCOUNT")).containsExactly("SRCH-P");
        JsonNode account = answer.get("items").get(0);
        assertThat(account.get("name").asString()).isEqualTo("Zyntheon Holding AG");
        assertThat(account.get("detail").toString()).contains("parent of Zyntheon Logistik GmbH");
        assertThat(ids(search("q=Zyntheon&kind=entity"), "ENTITY")).containsExactlyInAnyOrder("SRCH-P", "SRCH-S");
    }

    @Test
    void a_typo_and_a_prefix_still_find_the_company() {
        assertThat(ids(search("q=Zyntheom&kind=ENTITY"), "ENTITY")).contains("SRCH-P", "SRCH-S");
        assertThat(ids(search("q=Quorv&kind=ENTITY"), "ENTITY")).containsExactly("SRCH-O");
    }

    @Test
    void contacts_leads_and_persons_are_found_by_name_with_their_employer_and_account() {
        JsonNode contact = search("q=vallender&kind=CONTACT").get("items").get(0);
        assertThat(contact.get("id").asString()).isEqualTo("SRCH-C1");
        assertThat(contact.get("detail").toString()).contains("Head of Procurement", "Zyntheon Logistik GmbH");
        assertThat(contact.get("accountId").asString()).isEqualTo("SRCH-P");
        JsonNode lead = search("q=SRCH-L1&kind=LEAD").get("items").get(0);
        assertThat(lead.get("name").asString()).isEqualTo("Henrike Vallender");
        assertThat(lead.get("accountId").asString()).isEqualTo("SRCH-P");
        assertThat(ids(search("q=ottilie&kind=person"), "PERSON")).containsExactly("SRCH-BO");
    }

    @Test
    void an_exact_id_comes_first_of_its_kind() {
        JsonNode answer = search("q=SRCH-S&kind=ENTITY");
        assertThat(answer.at("/items/0/id").asString()).isEqualTo("SRCH-S");
        assertThat(answer.at("/items/0/name").asString()).isEqualTo("Zyntheon Logistik GmbH");
    }

    @Test
    void query_syntax_in_the_text_is_only_words() {
        assertThat(ids(search("q=zyntheon:%20(holding*)~%5E%22&kind=ENTITY"), "ENTITY")).containsExactly("SRCH-P");
        assertThat(search("q=zyntheon%20AND%20(holding%20OR%20x)&kind=ENTITY").get("items")).isEmpty();
        assertThat(search("q=nothingmatchesthis").get("items")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "q=%20%20|q|must not be blank",
            "kind=ENTITY|q|must not be blank",
            "q=***|q|must contain a letter or a digit",
            "q=zyn&kind=COMPANY|kind|must be one of",
            "q=zyn&limit=0|limit|must be between 1 and 50",
            "q=zyn&limit=51|limit|must be between 1 and 50"})
    void bad_input_is_a_problem_naming_the_field(String query, String field, String message) {
        Api.Answer a = new Api(port).get("/api/search?" + query, TestKeys.SALES);
        assertThat(a.status()).as(a.text()).isEqualTo(400);
        assertThat(a.contentType()).contains("application/problem+json");
        assertThat(a.json().at("/errors/0/path").asString()).isEqualTo(field);
        assertThat(a.json().at("/errors/0/message").asString()).contains(message);
    }

    @Test
    void a_text_longer_than_two_hundred_characters_is_refused_and_no_key_is_401() {
        Api.Answer a = new Api(port).get("/api/search?q=" + "z".repeat(201), TestKeys.SALES);
        assertThat(a.status()).isEqualTo(400);
        assertThat(new Api(port).get("/api/search?q=zyn", "").status()).isEqualTo(401);
    }
}
