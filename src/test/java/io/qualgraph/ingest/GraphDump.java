package io.qualgraph.ingest;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.neo4j.driver.Driver;

/**
 * Every node whose id starts with a prefix and every relationship touching one: element id, label or
 * type, ends and all properties, sorted, so that two dumps are equal only when nothing changed.
 */
final class GraphDump {

    private GraphDump() {
    }

    static List<String> of(Driver driver, String prefix) {
        return driver.executableQuery("""
                MATCH (n) WHERE n.id STARTS WITH $prefix
                RETURN elementId(n) + ' ' + labels(n)[0] AS head, properties(n) AS props
                UNION
                MATCH (n)-[r]-() WHERE n.id STARTS WITH $prefix
                RETURN elementId(r) + ' ' + type(r) + ' ' + startNode(r).id + '->' + endNode(r).id AS head,
                       properties(r) AS props
                """).withParameters(Map.of("prefix", prefix)).execute().records().stream()
                .map(r -> r.get("head").asString() + " " + new TreeMap<>(r.get("props").asMap()))
                .sorted().toList();
    }
}
