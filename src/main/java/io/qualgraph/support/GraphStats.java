package io.qualgraph.support;

import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Service;

/** How much is in the graph: node counts per label and relationship counts per type. */
@Service
public class GraphStats {

    /** Counts per label and per relationship type, each sorted by name. */
    public record Counts(Map<String, Long> labels, Map<String, Long> relationships) {
    }

    private final Graph graph;

    GraphStats(Graph graph) {
        this.graph = graph;
    }

    /** Reads the counts in one read transaction. */
    public Counts counts() {
        Map<String, Long> labels = new TreeMap<>();
        Map<String, Long> relationships = new TreeMap<>();
        graph.query("queries/support/count-nodes-by-label", Map.of(), r -> {
            Map<String, Long> target = r.get("kind").asString().equals("label") ? labels : relationships;
            return target.put(r.get("name").asString(), r.get("count").asLong());
        });
        return new Counts(labels, relationships);
    }
}
