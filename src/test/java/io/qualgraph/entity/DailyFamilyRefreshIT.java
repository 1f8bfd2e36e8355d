package io.qualgraph.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import io.qualgraph.support.Graph;
import io.qualgraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A membership whose validity window has passed without a write is recomputed by the periodic refresh. */
@IntegrationTest
class DailyFamilyRefreshIT {

    @Autowired
    Graph graph;
    @Autowired
    FamilyMaintainer maintainer;
    @Autowired
    DailyFamilyRefresh refresh;

    @Test
    void a_passed_window_is_recomputed_and_holds_again() {
        graph.write(tx -> {
            tx.run("MATCH (n) WHERE n.id STARTS WITH 'DFR-' DETACH DELETE n").consume();
            tx.run("CREATE (:LegalEntity {id: 'DFR-P', name: 'Parent'})-[:OWNS {share: 0.8}]->(:LegalEntity {id: 'DFR-S', name: 'Sub'})")
                    .consume();
            return maintainer.refresh(tx, new TreeSet<>(List.of("DFR-P")));
        });
        graph.write(tx -> tx.run("MATCH (e:LegalEntity) WHERE e.id STARTS WITH 'DFR-' SET e.qgValidTo = date('2001-01-01')").consume());

        refresh.refreshStaleMemberships();

        var rows = graph.query("queries/entity/entity-membership", Map.of("id", "DFR-S"), Membership::from);
        assertThat(rows).singleElement().satisfies(m -> {
            assertThat(m.family()).isEqualTo("DFR-P");
            assertThat(m.validTo()).isNull();
        });
    }
}
