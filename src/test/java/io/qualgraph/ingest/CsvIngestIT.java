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

@IntegrationTest
class CsvIngestIT {

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    Api.Answer post(String section, String csv) {
        return new Api(port).post("/api/ingest/csv/" + section, TestKeys.ADMIN, csv, "text/csv");
    }

    Record one(String cypher) {
        return driver.executableQuery(cypher).execute().records().get(0);
    }

    @Test
    void every_section_can_be_sent_as_csv() {
        assertThat(post("entities", """
                id,name,jurisdiction,employees,regulated,annualRevenue
                ING-CSV-E1,"Acme, Inc.",US,250,true,1.5e7
                ING-CSV-E2,"Beta ""B"" Ltd",GB,,,
                """).status()).isEqualTo(200);
        assertThat(post("persons", "id,name,pep\r\nING-CSV-P1,Ann,false\r\n").status()).isEqualTo(200);
        assertThat(post("ownership", "owner,owned,share,since\nING-CSV-P1,ING-CSV-E1,0.4,2020-01-01\n").status()).isEqualTo(200);
        assertThat(post("riskFlags", "id,subject,type,listedAt\nING-CSV-F1,ING-CSV-E2,WATCHLIST,2024-01-01\n").status()).isEqualTo(200);
        assertThat(post("contacts", "id,entity,name,email,seniority\nING-CSV-C1,ING-CSV-E1,Bo,bo@csv-acme.com,VP\n").status()).isEqualTo(200);
        assertThat(post("engagements", "id,contact,type,at\nING-CSV-V1,ING-CSV-C1,DEMO_REQUEST,2026-11-01T10:00:00Z\n").status()).isEqualTo(200);
        assertThat(post("opportunities", "id,entity,outcome,amount,createdAt\nING-CSV-O1,ING-CSV-E1,OPEN,1000,2026-10-01\n").status()).isEqualTo(200);
        assertThat(post("committee", "opportunity,contact,role\nING-CSV-O1,ING-CSV-C1,CHAMPION\n").status()).isEqualTo(200);
        assertThat(post("intent", "id,entity,topic,strength,observedAt\nING-CSV-I1,ING-CSV-E1,crm,0.4,2026-10-02\n").status()).isEqualTo(200);
        Api.Answer leads = post("leads", """
                id,contact,source,createdAt,status,attributes,attributes.campaign
                ING-CSV-L1,ING-CSV-C1,WEB,2026-10-03,OPEN,"{""score"": 7}",spring
                """);
        assertThat(leads.status()).as(leads.text()).isEqualTo(200);

        Record r = one("""
                MATCH (e:LegalEntity {id: 'ING-CSV-E1'})<-[o:OWNS]-(:Person {id: 'ING-CSV-P1'})
                MATCH (e2:LegalEntity {id: 'ING-CSV-E2'})-[:FLAGGED]->(:RiskFlag {id: 'ING-CSV-F1'})
                MATCH (c:Contact {id: 'ING-CSV-C1'})-[s:ON_COMMITTEE]->(:Opportunity {id: 'ING-CSV-O1'})
                MATCH (l:Lead {id: 'ING-CSV-L1'})-[:ABOUT]->(c)
                RETURN e.name AS name, e.employees AS employees, e.regulated AS regulated, e2.name AS quoted,
                       o.share AS share, s.role AS role, l.attributes AS attributes
                """);
        assertThat(r.get("name").asString()).isEqualTo("Acme, Inc.");
        assertThat(r.get("quoted").asString()).isEqualTo("Beta \"B\" Ltd");
        assertThat(r.get("employees").asLong()).isEqualTo(250);
        assertThat(r.get("regulated").asBoolean()).isTrue();
        assertThat(r.get("share").asDouble()).isEqualTo(0.4);
        assertThat(r.get("role").asString()).isEqualTo("CHAMPION");
        assertThat(r.get("attributes").asString()).contains("\"score\":7", "\"campaign\":\"spring\"");
    }

    @Test
    void bad_rows_are_named_by_line_and_column_and_nothing_is_written() {
        Api.Answer answer = post("ownership", """
                owner,owned,share,since,until
                ING-CSVBAD-X,ING-CSVBAD-Y,0.5,2020-01-01,
                ING-CSVBAD-X,ING-CSVBAD-Y,abc,2020-01-01,
                ING-CSVBAD-X,ING-CSVBAD-Y,1.5,2021-01-01,2020-01-01
                """);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("errors").valueStream().map(e -> e.get("path").asString()).toList())
                .contains("line 3, column share", "line 4, column share", "line 4, column until",
                        "line 2, column owner", "line 2, column owned");
    }

    @Test
    void unknown_columns_and_sections_are_400() {
        Api.Answer column = post("entities", "id,name,colour\nING-CSVCOL-1,A,red\n");
        assertThat(column.status()).isEqualTo(400);
        assertThat(column.json().at("/errors/0/path").asString()).isEqualTo("line 1, column colour");
        assertThat(post("planets", "id\nx\n").status()).isEqualTo(400);
        assertThat(post("entities", "id,name\n\"ING-CSV-OPEN,A\n").status()).isEqualTo(400);
    }
}
