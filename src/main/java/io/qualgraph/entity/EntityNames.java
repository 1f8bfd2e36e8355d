package io.qualgraph.entity;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.qualgraph.support.Graph;
import org.springframework.stereotype.Component;

/** The names of legal entities by id, for answers that list accounts by id and show them by name. */
@Component
public class EntityNames {

    private final Graph graph;

    EntityNames(Graph graph) {
        this.graph = graph;
    }

    /** Id → name of those of {@code ids} that exist and have a name; one statement for all of them. */
    public Map<String, String> of(Collection<String> ids) {
        Map<String, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        graph.query("queries/entity/entity-names", Map.of("ids", List.copyOf(ids)), r -> {
            if (!r.get("name").isNull()) {
                names.put(r.get("id").asString(), r.get("name").asString());
            }
            return null;
        });
        return names;
    }
}
