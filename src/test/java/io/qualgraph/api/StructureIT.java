package io.qualgraph.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.qualgraph.entity.OwnershipFixtures;
import io.qualgraph.support.Api;
import io.qualgraph.support.IntegrationTest;
import io.qualgraph.support.TestKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class StructureIT {

    @LocalServerPort
    int port;
    @Autowired
    OwnershipFixtures fixtures;

    @BeforeEach
    void load() {
        fixtures.load("OWN-ST-", """
                CREATE (a:LegalEntity {id: 'OWN-ST-A', name: 'A'}), (b:LegalEntity {id: 'OWN-ST-B', name: 'B'}),
                       (p:Person {id: 'OWN-ST-P', name: 'Pat'}), (p)-[:OWNS {share: 0.6}]->(a), (a)-[:OWNS {share: 0.5}]->(b)
                CREATE (c1:LegalEntity {id: 'OWN-ST-C1'}), (c2:LegalEntity {id: 'OWN-ST-C2'}), (q:Person {id: 'OWN-ST-Q', name: 'Quin'}),
                       (c1)-[:OWNS {share: 0.6}]->(c2), (c2)-[:OWNS {share: 0.3}]->(c1), (q)-[:OWNS {share: 0.7}]->(c1)
                CREATE (s:LegalEntity {id: 'OWN-ST-S'}), (s)-[:OWNS {share: 0.1}]->(s),
                       (r:Person {id: 'OWN-ST-R'}), (r)-[:OWNS {share: 0.7}]->(s), (t:Person {id: 'OWN-ST-T'}), (t)-[:OWNS {share: 0.6}]->(s)
                CREATE (band:LegalEntity {id: 'OWN-ST-BAND'}), (u:Person {id: 'OWN-ST-U'}), (v:Person {id: 'OWN-ST-V'}),
                       (u)-[:OWNS {shareMin: 0.25, shareMax: 0.5}]->(band), (v)-[:OWNS {shareMin: 0.2, shareMax: 0.3}]->(band),
                       (w:Person {id: 'OWN-ST-W'}), (w)-[:OWNS]->(band)
                CREATE (h:LegalEntity {id: 'OWN-ST-H'}), (d:LegalEntity {id: 'OWN-ST-D'}),
                       (h)-[:OWNS {share: 0.9, since: date('2020-01-01'), until: date('2022-01-01')}]->(d),
                       (h)-[:OWNS {share: 0.2, since: date('2022-01-01')}]->(d)
                CREATE (m:LegalEntity {id: 'OWN-ST-M'}), (m3:LegalEntity {id: 'OWN-ST-M3'}), (m1:LegalEntity {id: 'OWN-ST-M1'}),
                       (m2:LegalEntity {id: 'OWN-ST-M2'}), (m4:LegalEntity {id: 'OWN-ST-M4'}),
                       (m)-[:OWNS {share: 0.3}]->(m3), (m)-[:OWNS {share: 1.0}]->(m1), (m)-[:OWNS {shareMin: 0.5, shareMax: 0.75}]->(m2),
                       (m)-[:OWNS {share: 0.8, until: date('2020-01-01')}]->(m4)
                """, Map.of());
    }

    private JsonNode structure(String id, String asOf) {
        Api.Answer answer = new Api(port).get("/api/entities/" + id + "/structure" + (asOf == null ? "" : "?asOf=" + asOf), TestKeys.SALES);
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return answer.json();
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.isArray() ? texts(n).toString() : n.asString()));
        return out;
    }

    @Test
    void indirect_chain_gives_beneficial_owner_but_minority_is_no_parent() {
        JsonNode b = structure("OWN-ST-B", null);
        assertThat(b.get("ultimateParent").asString()).isEqualTo("OWN-ST-B");
        assertThat(texts(b.get("family"))).containsExactly("OWN-ST-B");
        assertThat(b.at("/owners/0/id").asString()).isEqualTo("OWN-ST-A");
        assertThat(b.at("/owners/0/share").asDouble()).isEqualTo(0.5);
        JsonNode bo = b.at("/beneficialOwners/0");
        assertThat(bo.get("id").asString()).isEqualTo("OWN-ST-P");
        assertThat(bo.get("effectiveShare").asDouble()).isCloseTo(0.3, within(1e-9));
        assertThat(bo.at("/paths/0/0/owner").asString()).isEqualTo("OWN-ST-P");
        assertThat(bo.at("/paths/0/1/share").asDouble()).isEqualTo(0.5);
        assertThat(List.of(bo.at("/paths/0/0/ownerName").asString(), bo.at("/paths/0/0/ownedName").asString(),
                bo.at("/paths/0/1/ownerName").asString(), bo.at("/paths/0/1/ownedName").asString()))
                .as("each stake on the path names both parties").containsExactly("Pat", "A", "A", "B");
        JsonNode a = structure("OWN-ST-A", null);
        assertThat(a.at("/subsidiaries/0/id").asString()).isEqualTo("OWN-ST-B");
        assertThat(a.at("/subsidiaries/0/controlled").asBoolean()).isFalse();
        assertThat(a.get("subsidiaryCount").asInt()).isEqualTo(1);
        assertThat(a.get("subsidiariesComplete").asBoolean()).isTrue();
    }

    @Test
    void cycle_is_reported_once_and_not_double_counted() {
        JsonNode c2 = structure("OWN-ST-C2", null);
        assertThat(c2.get("ultimateParent").asString()).isEqualTo("OWN-ST-C1");
        assertThat(texts(c2.get("family"))).containsExactly("OWN-ST-C1", "OWN-ST-C2");
        assertThat(texts(c2.get("cycles"))).containsExactly("[OWN-ST-C1, OWN-ST-C2]");
        assertThat(c2.at("/beneficialOwners/0/effectiveShare").asDouble()).isCloseTo(0.42, within(1e-9));
        assertThat(c2.at("/beneficialOwners/0/pathCount").asInt()).isEqualTo(1);
    }

    @Test
    void self_ownership_and_totals_above_100_percent_are_findings() {
        JsonNode s = structure("OWN-ST-S", null);
        assertThat(texts(s.get("cycles"))).containsExactly("[OWN-ST-S]");
        List<String> codes = new ArrayList<>();
        s.get("findings").forEach(f -> codes.add(f.get("code").asString()));
        assertThat(codes).contains("SELF_OWNERSHIP", "SHARES_ABOVE_100_PERCENT");
    }

    @Test
    void band_gives_bounds_and_uncertain_verdicts() {
        JsonNode band = structure("OWN-ST-BAND", null);
        Map<String, Boolean> uncertain = new java.util.TreeMap<>();
        band.get("beneficialOwners").forEach(bo -> uncertain.put(bo.get("id").asString(), bo.get("uncertain").asBoolean()));
        assertThat(uncertain).containsExactlyInAnyOrderEntriesOf(Map.of("OWN-ST-U", false, "OWN-ST-V", true, "OWN-ST-W", true));
        assertThat(band.toString()).contains("UNKNOWN_SHARE");
    }

    @Test
    void as_of_selects_the_stake_valid_then() {
        assertThat(structure("OWN-ST-D", "2021-06-01").get("ultimateParent").asString()).isEqualTo("OWN-ST-H");
        assertThat(structure("OWN-ST-D", "2022-01-01").get("ultimateParent").asString()).isEqualTo("OWN-ST-D");
        assertThat(structure("OWN-ST-D", "2019-12-31").get("owners")).isEmpty();
        assertThat(structure("OWN-ST-H", "2021-06-01").get("familySize").asInt()).isEqualTo(2);
    }

    @Test
    void unknown_id_is_404_and_bad_as_of_is_400() {
        Api api = new Api(port);
        Api.Answer missing = api.get("/api/entities/OWN-ST-NOPE/structure", TestKeys.SALES);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/entities/OWN-ST-P/structure", TestKeys.SALES).status()).isEqualTo(404);
        Api.Answer bad = api.get("/api/entities/OWN-ST-A/structure?asOf=yesterday", TestKeys.SALES);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().at("/errors/0/path").asString()).isEqualTo("asOf");
    }

    @Test
    void subsidiaries_page_in_id_order_with_the_stakes_valid_on_the_day() {
        Api api = new Api(port);
        assertThat(structure("OWN-ST-M", null).get("subsidiaryCount").asInt()).isEqualTo(3);
        JsonNode all = api.get("/api/entities/OWN-ST-M/subsidiaries", TestKeys.SALES).json();
        assertThat(all.get("total").asInt()).isEqualTo(3);
        List<String> ids = new ArrayList<>();
        all.get("subsidiaries").forEach(n -> ids.add(n.get("id").asString()));
        assertThat(ids).containsExactly("OWN-ST-M1", "OWN-ST-M2", "OWN-ST-M3");
        JsonNode second = api.get("/api/entities/OWN-ST-M/subsidiaries?page=1&size=1", TestKeys.SALES).json();
        assertThat(second.get("subsidiaries")).hasSize(1);
        assertThat(second.at("/subsidiaries/0/id").asString()).isEqualTo("OWN-ST-M2");
        assertThat(second.at("/subsidiaries/0/shareMax").asDouble()).isEqualTo(0.75);
        assertThat(second.at("/subsidiaries/0/controlled").asBoolean()).isFalse();
        assertThat(api.get("/api/entities/OWN-ST-M/subsidiaries?page=3&size=1", TestKeys.SALES).json().get("subsidiaries"))
                .isEmpty();
        assertThat(api.get("/api/entities/OWN-ST-M/subsidiaries?asOf=2019-06-01", TestKeys.SALES).json().get("total")
                .asInt()).isEqualTo(4);
        JsonNode holding = api.get("/api/entities/OWN-ST-H/subsidiaries?asOf=2021-06-01", TestKeys.SALES).json();
        assertThat(holding.get("total").asInt()).isEqualTo(1);
        assertThat(holding.at("/subsidiaries/0/share").asDouble()).isEqualTo(0.9);
        assertThat(holding.at("/subsidiaries/0/until").asString()).isEqualTo("2022-01-01");
        assertThat(api.get("/api/entities/OWN-ST-H/subsidiaries?asOf=2019-01-01", TestKeys.SALES).json()
                .get("subsidiaries")).isEmpty();
        assertThat(api.get("/api/entities/OWN-ST-NOPE/subsidiaries", TestKeys.SALES).status()).isEqualTo(404);
        Api.Answer tooLarge = api.get("/api/entities/OWN-ST-H/subsidiaries?size=100000", TestKeys.SALES);
        assertThat(tooLarge.status()).isEqualTo(400);
        assertThat(tooLarge.json().at("/errors/0/path").asString()).isEqualTo("size");
    }

    @Test
    void family_pages_and_rejects_bad_sizes() {
        Api api = new Api(port);
        JsonNode page = api.get("/api/entities/OWN-ST-C2/family?page=1&size=1", TestKeys.SALES).json();
        assertThat(page.get("total").asInt()).isEqualTo(2);
        assertThat(texts(page.get("members"))).containsExactly("OWN-ST-C2");
        assertThat(api.get("/api/entities/OWN-ST-C2/family?size=0", TestKeys.SALES).status()).isEqualTo(400);
        assertThat(api.get("/api/entities/OWN-ST-C2/family?page=-1", TestKeys.SALES).status()).isEqualTo(400);
        assertThat(api.get("/api/entities/OWN-ST-C2/family?page=x", TestKeys.SALES).status()).isEqualTo(400);
    }
}
