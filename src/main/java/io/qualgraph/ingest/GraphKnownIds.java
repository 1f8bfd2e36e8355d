package io.qualgraph.ingest;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.qualgraph.support.Graph;

/** {@link KnownIds} answered by the graph: one set-based read per kind, none for an empty list. */
final class GraphKnownIds implements KnownIds {

    private final Graph graph;

    GraphKnownIds(Graph graph) {
        this.graph = graph;
    }

    @Override
    public Set<String> entities(Collection<String> ids) {
        return ids("ingest/known-entities", ids);
    }

    @Override
    public Set<String> persons(Collection<String> ids) {
        return ids("ingest/known-persons", ids);
    }

    @Override
    public Set<String> contacts(Collection<String> ids) {
        return ids("ingest/known-contacts", ids);
    }

    @Override
    public Set<String> opportunities(Collection<String> ids) {
        return ids("ingest/known-opportunities", ids);
    }

    @Override
    public Map<String, String> emailOwners(Collection<String> emails) {
        Map<String, String> owners = new HashMap<>();
        if (!emails.isEmpty()) {
            graph.query("ingest/contact-emails", Map.of("emails", List.copyOf(emails)),
                    r -> owners.put(r.get("email").asString(), r.get("id").asString()));
        }
        return owners;
    }

    private Set<String> ids(String statement, Collection<String> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(graph.query(statement, Map.of("ids", List.copyOf(ids)), r -> r.get("id").asString()));
    }
}
