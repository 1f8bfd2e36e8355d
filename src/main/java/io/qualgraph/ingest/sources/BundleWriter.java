package io.qualgraph.ingest.sources;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.qualgraph.support.ChangeSet;
import io.qualgraph.support.CypherRegistry;
import io.qualgraph.support.Graph;
import io.qualgraph.support.Maintainers;
import org.springframework.stereotype.Component;

/**
 * Writes the entities, persons and ownership of an import in one transaction and runs every maintainer inside it,
 * as bundle ingest does; kept until the importers hand their bundles to the ingest feature's bundle service.
 */
@Component
public class BundleWriter {

    private final Graph graph;
    private final CypherRegistry cypher;
    private final Maintainers maintainers;

    BundleWriter(Graph graph, Maintainers maintainers) {
        this.graph = graph;
        this.cypher = graph.cypher();
        this.maintainers = maintainers;
    }

    /** Writes {@code bundle}; returns the number of stakes written. */
    public int write(OwnershipBundle bundle) {
        Set<String> persons = new HashSet<>();
        bundle.persons().forEach(p -> persons.add(p.id()));
        List<Map<String, Object>> entities = bundle.entities().stream().map(e -> row("id", e.id(), "name", e.name(),
                "jurisdiction", e.jurisdiction(), "lei", e.lei())).toList();
        List<Map<String, Object>> people = bundle.persons().stream().map(p -> row("id", p.id(), "name", p.name(),
                "nationality", p.nationality(), "pep", p.pep())).toList();
        List<Map<String, Object>> byPersons = new ArrayList<>();
        List<Map<String, Object>> byEntities = new ArrayList<>();
        Set<String> touched = new HashSet<>();
        for (OwnershipBundle.Ownership o : bundle.ownership()) {
            (persons.contains(o.owner()) ? byPersons : byEntities).add(row("owner", o.owner(), "owned", o.owned(), "share", o.share(),
                    "shareMin", o.shareMin(), "shareMax", o.shareMax(), "since", date(o.since()), "until", date(o.until()),
                    "source", o.source()));
        }
        bundle.entities().forEach(e -> touched.add(e.id()));
        ChangeSet changes = new ChangeSet(touched, persons, !bundle.ownership().isEmpty(), false);
        int written = graph.write(tx -> {
            tx.run(cypher.get("ingest/ownership/merge-entities"), Map.of("rows", entities)).consume();
            tx.run(cypher.get("ingest/ownership/merge-persons"), Map.of("rows", people)).consume();
            tx.run(cypher.get("ingest/ownership/merge-ownership"), Map.of("rows", byPersons, "person", true)).consume();
            tx.run(cypher.get("ingest/ownership/merge-ownership"), Map.of("rows", byEntities, "person", false)).consume();
            maintainers.refresh(tx, changes);
            return bundle.ownership().size();
        });
        maintainers.committed(changes);
        return written;
    }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso.substring(0, 10));
    }

    private static Map<String, Object> row(Object... pairs) {
        Map<String, Object> row = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            row.put((String) pairs[i], pairs[i + 1]);
        }
        return row;
    }
}
