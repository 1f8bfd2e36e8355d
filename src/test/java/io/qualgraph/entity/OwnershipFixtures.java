package io.qualgraph.entity;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import io.qualgraph.support.Graph;
import org.springframework.stereotype.Component;

/** Test fixtures: a Cypher script (graph shape as ingest writes it), then the family maintainer over its entities. */
@Component
public class OwnershipFixtures {

    private final Graph graph;
    private final FamilyMaintainer maintainer;

    OwnershipFixtures(Graph graph, FamilyMaintainer maintainer) {
        this.graph = graph;
        this.maintainer = maintainer;
    }

    /** Deletes every node whose id starts with {@code prefix}, runs {@code cypher} and maintains the new entities. */
    public void load(String prefix, String cypher, Map<String, Object> parameters) {
        graph.write(tx -> {
            tx.run("MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n", Map.of("prefix", prefix)).consume();
            tx.run(cypher, parameters).consume();
            List<String> ids = tx.run("MATCH (e:LegalEntity) WHERE e.id STARTS WITH $prefix RETURN e.id AS id",
                    Map.of("prefix", prefix)).list(r -> r.get("id").asString());
            return maintainer.refresh(tx, new TreeSet<>(ids));
        });
    }
}
