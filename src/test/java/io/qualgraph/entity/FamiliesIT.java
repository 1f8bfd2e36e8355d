package io.qualgraph.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import io.qualgraph.support.Graph;
import io.qualgraph.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class FamiliesIT {

    @Autowired
    Graph graph;
    @Autowired
    Families families;
    @Autowired
    BeneficialOwners beneficialOwners;
    @Autowired
    FamilyMaintainer maintainer;

    @BeforeEach
    void load() {
        graph.write(tx -> {
            tx.run("MATCH (n) WHERE n.id STARTS WITH 'OWN-FAM-' DETACH DELETE n").consume();
            tx.run("""
                    CREATE (u:LegalEntity {id: 'OWN-FAM-U', name: 'Holding'}), (m:LegalEntity {id: 'OWN-FAM-M', name: 'Mid'}),
                           (s:LegalEntity {id: 'OWN-FAM-S', name: 'Sub'}), (x:LegalEntity {id: 'OWN-FAM-X', name: 'Minority'}),
                           (p:Person {id: 'OWN-FAM-P', name: 'Pat'}),
                           (u)-[:OWNS {share: 0.8}]->(m), (m)-[:OWNS {share: 0.6, until: date('2025-01-01')}]->(s),
                           (u)-[:OWNS {share: 0.7, since: date('2025-01-01')}]->(s), (u)-[:OWNS {share: 0.3}]->(x),
                           (p)-[:OWNS {share: 0.6}]->(u)
                    """).consume();
            return maintainer.refresh(tx, new TreeSet<>(List.of("OWN-FAM-U")));
        });
    }

    @Test
    void family_now_comes_from_maintained_membership() {
        var family = families.familyOf("OWN-FAM-S", Instant.parse("2026-06-01T00:00:00Z")).orElseThrow();
        assertThat(family.ultimateParentId()).isEqualTo("OWN-FAM-U");
        assertThat(family.members()).extracting(Families.Member::entityId).containsExactly("OWN-FAM-M", "OWN-FAM-S", "OWN-FAM-U");
        assertThat(family.members().get(1).controlPath()).containsExactly("OWN-FAM-S", "OWN-FAM-U");
    }

    @Test
    void family_in_the_past_follows_the_stakes_valid_then() {
        var family = families.familyOf("OWN-FAM-S", Instant.parse("2024-06-01T00:00:00Z")).orElseThrow();
        assertThat(family.members().get(1).controlPath()).containsExactly("OWN-FAM-S", "OWN-FAM-M", "OWN-FAM-U");
        assertThat(families.familyOf("OWN-FAM-X", Instant.parse("2024-06-01T00:00:00Z")).orElseThrow().ultimateParentId())
                .isEqualTo("OWN-FAM-X");
    }

    @Test
    void many_entities_at_once_get_the_families_each_gets_alone_now_and_in_the_past() {
        List<String> ids = List.of("OWN-FAM-S", "OWN-FAM-NOPE", "OWN-FAM-X", "OWN-FAM-U", "OWN-FAM-M");
        for (Instant asOf : List.of(Instant.parse("2026-06-01T00:00:00Z"), Instant.parse("2024-06-01T00:00:00Z"))) {
            Map<String, Families.Family> together = graph.read(tx -> families.familiesOf(tx, ids, asOf));
            Map<String, Families.Family> alone = new LinkedHashMap<>();
            ids.forEach(id -> families.familyOf(id, asOf).ifPresent(family -> alone.put(id, family)));
            assertThat(together).as("at " + asOf).hasSize(4).containsExactlyEntriesOf(alone);
        }
    }

    @Test
    void unknown_entity_has_no_family() {
        assertThat(families.familyOf("OWN-FAM-NOPE", Instant.now())).isEmpty();
    }

    @Test
    void beneficial_owner_through_the_chain() {
        var owners = beneficialOwners.of("OWN-FAM-S", Instant.parse("2024-06-01T00:00:00Z"));
        assertThat(owners).singleElement().satisfies(bo -> {
            assertThat(bo.id()).isEqualTo("OWN-FAM-P");
            assertThat(bo.effectiveShareMin()).isCloseTo(0.6 * 0.8 * 0.6, within(1e-9));
        });
        assertThat(beneficialOwners.of("OWN-FAM-S", Instant.parse("2026-06-01T00:00:00Z"))).singleElement()
                .satisfies(bo -> assertThat(bo.effectiveShareMin()).isCloseTo(0.42, within(1e-9)));
    }

    @Test
    void all_families_holds_each_entity_once() {
        var all = families.allFamilies(Instant.parse("2026-06-01T00:00:00Z"));
        var mine = all.stream().flatMap(f -> f.members().stream().map(m -> Map.entry(m.entityId(), f.ultimateParentId())))
                .filter(e -> e.getKey().startsWith("OWN-FAM-")).toList();
        assertThat(mine).containsExactlyInAnyOrder(Map.entry("OWN-FAM-U", "OWN-FAM-U"), Map.entry("OWN-FAM-M", "OWN-FAM-U"),
                Map.entry("OWN-FAM-S", "OWN-FAM-U"), Map.entry("OWN-FAM-X", "OWN-FAM-X"));
    }
}
