package io.qualgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import io.qualgraph.support.Api;
import io.qualgraph.support.Graph;
import io.qualgraph.support.IntegrationTest;
import io.qualgraph.support.TestKeys;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * One beneficial-owner walk: along a chain of 15 full stakes below a PEP, the structure answer's beneficial owners and
 * the risk rule on PEP beneficial owners agree for every entity, within the configured depth (10 stakes) and beyond it.
 */
@IntegrationTest
class OwnershipDepthAgreementIT {

    private static final int STAKES = 15;
    private static final int DEPTH = 10;

    @LocalServerPort
    int port;
    @Autowired
    Graph graph;

    @Test
    void structure_and_risk_name_the_same_beneficial_owner_along_a_chain_of_15_stakes() {
        graph.write(tx -> tx.run("MATCH (n) WHERE n.id STARTS WITH 'DEPTH15-' DETACH DELETE n").consume());
        Api api = new Api(port);
        Api.Answer ingest = api.post("/api/ingest/bundle", TestKeys.ADMIN, chain());
        assertThat(ingest.status()).as(ingest.text()).isEqualTo(200);

        for (int i = 1; i <= STAKES; i++) {
            String entity = "DEPTH15-E" + i;
            JsonNode structure = api.get("/api/entities/" + entity + "/structure", TestKeys.SALES).json();
            JsonNode risk = api.get("/api/entities/" + entity + "/risk", TestKeys.COMPLIANCE).json();
            boolean owner = structure.get("beneficialOwners").valueStream()
                    .anyMatch(bo -> bo.get("id").asString().equals("DEPTH15-P"));
            boolean pepRule = risk.get("evidence").valueStream()
                    .anyMatch(e -> e.get("rule").asString().equals("PEP_BENEFICIAL_OWNER"));
            assertThat(pepRule).as("%s, %d stakes below the PEP: risk agrees with the structure", entity, i)
                    .isEqualTo(owner);
            assertThat(owner).as("%s, %d stakes below the PEP: a beneficial owner within depth %d", entity, i, DEPTH)
                    .isEqualTo(i <= DEPTH);
            assertThat(risk.get("level").asString()).isEqualTo(i <= DEPTH ? "HIGH" : "NONE");
        }
    }

    /** DEPTH15-P (a PEP) holds all of E1, E1 all of E2, … E14 all of E15. */
    private static String chain() {
        List<String> entities = new ArrayList<>();
        List<String> stakes = new ArrayList<>();
        for (int i = 1; i <= STAKES; i++) {
            entities.add("{\"id\": \"DEPTH15-E%d\", \"name\": \"Depth Link %d GmbH\", \"jurisdiction\": \"DE\"}".formatted(i, i));
            String owner = i == 1 ? "DEPTH15-P" : "DEPTH15-E" + (i - 1);
            stakes.add("{\"owner\": \"%s\", \"owned\": \"DEPTH15-E%d\", \"share\": 1.0, \"since\": \"2020-01-01\"}"
                    .formatted(owner, i));
        }
        return """
                {"persons": [{"id": "DEPTH15-P", "name": "Paula Deep", "nationality": "DE", "pep": true}],
                 "entities": [%s], "ownership": [%s]}
                """.formatted(String.join(",", entities), String.join(",", stakes));
    }
}
