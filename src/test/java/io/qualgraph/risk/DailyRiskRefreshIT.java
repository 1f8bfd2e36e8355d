package io.qualgraph.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.qualgraph.accounts.AccountRanking;
import io.qualgraph.ingest.Bundle;
import io.qualgraph.ingest.BundleIngest;
import io.qualgraph.support.Graph;
import io.qualgraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Levels stored for another day are recomputed by the periodic refresh, so the review queue follows the calendar. */
@IntegrationTest
class DailyRiskRefreshIT {

    @Autowired
    BundleIngest ingest;
    @Autowired
    Graph graph;
    @Autowired
    RiskService risk;
    @Autowired
    DailyRiskRefresh refresh;
    @Autowired
    AccountRanking ranking;

    @Test
    void a_level_stored_for_another_day_is_recomputed_for_today() {
        ingest.ingest(Bundle.builder()
                .add(Bundle.Entity.named("DRR-E", "Refreshed Trading Ltd", "GB"))
                .add(new Bundle.Person("DRR-P", "Listed Owner", "GB", false))
                .add(new Bundle.Ownership("DRR-P", "DRR-E", 0.6, null, null, "2020-01-01", null, null))
                .add(new Bundle.RiskFlag("DRR-F", "DRR-P", "SANCTIONED", null, "test list", "2021-01-01", null))
                .build());
        graph.write(tx -> tx.run("MATCH (e:LegalEntity {id: 'DRR-E'}) SET e.qgRiskDay = date('2001-01-01'), "
                + "e.qgRiskLevel = 'NONE', e.qgRiskRank = 0").consume());

        AccountRanking.Filters all = new AccountRanking.Filters(null, null, null, null);
        Instant listed = ranking.page(all, 0, 1, null).computedAt();

        refresh.refreshWhenStale();

        var stored = graph.query("queries/risk/stored-levels", Map.of("ids", List.of("DRR-E")), r -> r);
        assertThat(stored).singleElement().satisfies(r -> {
            assertThat(r.get("level").asString()).isEqualTo("BLOCKED");
            assertThat(r.get("day").asLocalDate()).isEqualTo(risk.today());
        });
        assertThat(ranking.page(all, 0, 1, null).computedAt()).as("the kept ranked list is recomputed").isAfter(listed);
    }
}
