package io.qualgraph.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

/** When the statistics are brought up to date, and that a failure never reaches the writer. */
class PlannerStatisticsTests {

    private final Graph graph = mock(Graph.class);
    private final GraphStats stats = mock(GraphStats.class);
    private final PlannerStatistics statistics = new PlannerStatistics(graph, stats);

    @Test
    void only_a_bulk_write_that_doubles_a_label_replans_and_only_once_per_doubling() {
        counts(10_000);
        assertThat(statistics.committed(999)).isEmpty();
        verify(stats, never()).counts();
        assertThat(statistics.committed(10_000)).containsExactly("Lead");
        counts(15_000);
        assertThat(statistics.committed(5_000)).isEmpty();
        counts(20_000);
        assertThat(statistics.committed(5_000)).containsExactly("Lead");
        verify(graph, times(2)).execute("queries/support/prepare-for-replanning", Map.of());
    }

    @Test
    void a_user_who_may_not_replan_gets_one_try_and_a_failing_database_is_tried_again() {
        counts(10_000);
        doThrow(new ClientException("Neo.ClientError.Security.Forbidden", "admin only"))
                .when(graph).execute(anyString(), anyMap());
        assertThat(statistics.committed(10_000)).isEmpty();
        counts(40_000);
        assertThat(statistics.committed(30_000)).isEmpty();
        verify(graph, times(1)).execute(anyString(), anyMap());

        PlannerStatistics other = new PlannerStatistics(graph, stats);
        when(stats.counts()).thenThrow(new ServiceUnavailableException("down"));
        assertThat(other.committed(10_000)).isEmpty();
        assertThat(other.committed(10_000)).isEmpty();
        verify(stats, times(3)).counts();
    }

    private void counts(long leads) {
        when(stats.counts()).thenReturn(new GraphStats.Counts(Map.of("Lead", leads), Map.of()));
    }
}
