package io.qualgraph.api;

import io.qualgraph.support.GraphStats;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** What the graph holds, for operators and for checking a load. */
@RestController
class GraphController {

    private final GraphStats stats;

    GraphController(GraphStats stats) {
        this.stats = stats;
    }

    @GetMapping("/api/graph/stats")
    GraphStats.Counts stats() {
        return stats.counts();
    }
}
