package io.qualgraph.ingest.sources.crm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.qualgraph.support.Api;
import io.qualgraph.support.IntegrationTest;
import io.qualgraph.support.TestKeys;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** CRM exports through HTTP: leads written through the bundle path and resolved like any other lead. */
@IntegrationTest
class CrmImportIT {

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    private Record lead(String id) {
        return driver.executableQuery("MATCH (l:Lead {id: $id}) RETURN l.matchEntity AS entity, l.matchMethod AS method, "
                + "l.status AS status, l.source AS source").withParameters(Map.of("id", id)).execute().records().get(0);
    }

    @Test
    void hubspot_and_salesforce_exports_become_resolved_leads() {
        Api api = new Api(port);
        assertThat(api.post("/api/ingest/bundle", TestKeys.ADMIN, """
                {"entities": [{"id": "CRM-HUB", "name": "CRM Hub Sp. z o.o.", "jurisdiction": "PL", "domain": "crm-hub.example"},
                              {"id": "CRM-FORCE", "name": "CRM Force AB", "jurisdiction": "SE", "domain": "crm-force.example"}]}
                """).status()).isEqualTo(200);
        Api.Answer hub = api.post("/api/ingest/crm/hubspot-contacts", TestKeys.ADMIN, CrmRowsTests.HUBSPOT, "text/csv");
        assertThat(hub.status()).as(hub.text()).isEqualTo(200);
        assertThat(hub.json().at("/sections/leads/rows").asLong()).isEqualTo(2);
        Api.Answer sf = api.post("/api/ingest/crm/salesforce-leads", TestKeys.ADMIN, CrmRowsTests.SALESFORCE, "text/csv");
        assertThat(sf.status()).as(sf.text()).isEqualTo(200);
        assertThat(lead("HS-501").get("entity").asString()).isEqualTo("CRM-HUB");
        assertThat(lead("HS-501").get("method").asString()).isEqualTo("EMAIL_DOMAIN");
        assertThat(lead("HS-502").get("entity").isNull()).isTrue();
        assertThat(lead("SF-00Q5g000001AbCdEAK").get("entity").asString()).isEqualTo("CRM-FORCE");
        assertThat(lead("SF-00Q5g000001AbCdEAK").get("status").asString()).isEqualTo("WORKING");
        assertThat(api.get("/api/leads/HS-501/qualification", TestKeys.SALES).status()).isEqualTo(200);
    }

    @Test
    void a_bad_export_is_400_naming_line_and_column_and_writes_nothing() {
        Api api = new Api(port);
        Api.Answer bad = api.post("/api/ingest/crm/salesforce-leads", TestKeys.ADMIN, """
                Id,Email,Status
                CRMBAD1,ok@crm-bad.example,Open
                CRMBAD2,not-an-email,Open
                CRMBAD3,x@crm-bad.example,Sleeping
                """, "text/csv");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").valueStream().map(e -> e.get("path").asString()).toList())
                .containsExactlyInAnyOrder("line 3, field email", "line 4, column Status");
        long stored = driver.executableQuery("MATCH (l:Lead) WHERE l.id STARTS WITH 'SF-CRMBAD' RETURN count(l) AS n")
                .execute().records().get(0).get("n").asLong();
        assertThat(stored).isZero();
        assertThat(api.post("/api/ingest/crm/pipedrive", TestKeys.ADMIN, "Id\n1\n", "text/csv").status()).isEqualTo(400);
        assertThat(api.post("/api/ingest/crm/hubspot-contacts", TestKeys.SALES, "Id\n1\n", "text/csv").status())
                .isEqualTo(403);
    }
}
