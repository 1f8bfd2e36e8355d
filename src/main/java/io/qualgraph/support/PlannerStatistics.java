package io.qualgraph.support;

import java.util.Map;
import java.util.Set;

import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps the Cypher planner's statistics in step with bulk writes. Node counts are exact at every commit, but Neo4j
 * samples its indexes in the background a few seconds after they change; a statement planned in between — the next
 * chunk of an import — is planned as if an index that has just filled were still empty, and keeps that plan while it
 * runs: the second chunk of a 100,000-lead import took 131 s instead of 2–4 s in one benchmark run of three (ADR 0027).
 * So after a write of at least {@link #BULK_ROWS} rows, when some label has at least doubled since the statistics were
 * last brought up to date, the outdated indexes are resampled and the query caches emptied before the next statement
 * is planned. An import of N chunks pays for this about log2(N) times.
 */
@Component
public class PlannerStatistics {

    /** Rows a write must carry before it can move the statistics; smaller writes are left to background sampling. */
    public static final long BULK_ROWS = 1_000;

    private static final Logger log = LoggerFactory.getLogger(PlannerStatistics.class);

    private final Graph graph;
    private final GraphStats stats;
    private boolean allowed = true;
    private Map<String, Long> lastUpToDate = Map.of();

    PlannerStatistics(Graph graph, GraphStats stats) {
        this.graph = graph;
        this.stats = stats;
    }

    /**
     * Told after a write of {@code rows} rows committed; brings the statistics up to date when the write was a bulk one
     * and a label has doubled since they last were. Never throws: the write has committed whatever happens here.
     *
     * @return the labels that had doubled (empty when nothing was done)
     */
    public Set<String> committed(long rows) {
        return rows < BULK_ROWS ? Set.of() : upToDateIfDoubled();
    }

    private synchronized Set<String> upToDateIfDoubled() {
        if (!allowed) {
            return Set.of();
        }
        long start = System.nanoTime();
        try {
            Map<String, Long> now = stats.counts().labels();
            Set<String> doubled = LabelGrowth.doubled(lastUpToDate, now, BULK_ROWS);
            if (!doubled.isEmpty()) {
                graph.execute("queries/support/prepare-for-replanning", Map.of());
                lastUpToDate = now;
                log.info("Statistics brought up to date in {} ms after bulk writes doubled {}",
                        (System.nanoTime() - start) / 1_000_000, doubled);
            }
            return doubled;
        } catch (Neo4jException e) {
            allowed = !String.valueOf(e.code()).startsWith("Neo.ClientError.Security");
            log.warn("Could not bring the planner's statistics up to date after a bulk write{} ({}); plans made just "
                    + "after it may be slow until Neo4j resamples its indexes by itself",
                    allowed ? "" : ", and will not try again", e.getMessage());
            return Set.of();
        }
    }
}
