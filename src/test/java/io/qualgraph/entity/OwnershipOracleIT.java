package io.qualgraph.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import io.qualgraph.support.AsOf;
import io.qualgraph.support.ChangeSet;
import io.qualgraph.support.Graph;
import io.qualgraph.support.IntegrationTest;
import io.qualgraph.tools.oracle.ReferenceOwnership;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Random ownership graphs loaded into the test Neo4j, maintained as ingest would, then changed (stakes ended, moved,
 * removed, added) and maintained again: the structure service and the families agree with the oracle every time.
 */
@IntegrationTest
class OwnershipOracleIT {

    @Autowired
    Graph graph;
    @Autowired
    FamilyMaintainer maintainer;
    @Autowired
    StructureService structures;
    @Autowired
    Families families;
    @Autowired
    Clock clock;

    static Stream<Long> seeds() {
        return LongStream.range(0, 100).boxed();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void graph_answers_match_the_oracle_before_and_after_a_change(long seed) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        String prefix = "OWN-PROP-" + seed + "-";
        RandomOwnership.Graph g = RandomOwnership.generate(seed, prefix, today);
        write(prefix, g, new TreeSet<>(g.entities()));
        List<String> mismatches = compare(g, "loaded");
        RandomOwnership.Graph changed = change(g, new Random(seed), today);
        Set<String> touched = new TreeSet<>();
        g.edges().stream().filter(e -> !changed.edges().contains(e)).forEach(e -> touched.addAll(List.of(e.owner(), e.owned())));
        changed.edges().stream().filter(e -> !g.edges().contains(e)).forEach(e -> touched.addAll(List.of(e.owner(), e.owned())));
        touched.removeAll(g.persons());
        write(prefix, changed, new TreeSet<>(touched));
        mismatches.addAll(compare(changed, "changed"));
        assertThat(mismatches).as("seed %s: %s then %s", seed, g.edges(), changed.edges()).isEmpty();
    }

    private List<String> compare(RandomOwnership.Graph g, String phase) {
        ReferenceOwnership oracle = new ReferenceOwnership(g.entities(), g.persons(), OracleComparison.rows(g));
        List<String> mismatches = new ArrayList<>();
        for (LocalDate day : g.days()) {
            for (String target : g.entities()) {
                ReferenceOwnership.Answer expected = oracle.answer(target, day, OracleComparison.DEPTH, OracleComparison.THRESHOLD);
                EntityStructure structure = structures.structure(target, AsOf.endOfDay(day));
                OracleComparison.differences(expected, OracleComparison.structure(structure))
                        .forEach(d -> mismatches.add(phase + " " + target + " on " + day + ": " + d));
                Families.Family family = families.familyOf(target, AsOf.endOfDay(day)).orElseThrow();
                Set<String> members = new TreeSet<>(family.members().stream().map(Families.Member::entityId).toList());
                if (!family.ultimateParentId().equals(expected.ultimateParent()) || !members.equals(expected.family())) {
                    mismatches.add(phase + " familyOf " + target + " on " + day + ": " + family);
                }
            }
        }
        return mismatches;
    }

    /** Replaces the prefixed graph (nodes kept, stakes rewritten) and runs the maintainer over {@code touched}. */
    private void write(String prefix, RandomOwnership.Graph g, TreeSet<String> touched) {
        List<Map<String, Object>> personEdges = new ArrayList<>();
        List<Map<String, Object>> entityEdges = new ArrayList<>();
        Set<String> persons = new HashSet<>(g.persons());
        for (RandomOwnership.Edge e : g.edges()) {
            Map<String, Object> row = new HashMap<>();
            row.put("owner", e.owner());
            row.put("owned", e.owned());
            row.put("share", e.share());
            row.put("shareMin", e.shareMin());
            row.put("shareMax", e.shareMax());
            row.put("since", e.since());
            row.put("until", e.until());
            (persons.contains(e.owner()) ? personEdges : entityEdges).add(row);
        }
        graph.write(tx -> {
            tx.run("MATCH (n) WHERE n.id STARTS WITH $prefix OPTIONAL MATCH (n)-[r:OWNS]->() DELETE r", Map.of("prefix", prefix)).consume();
            tx.run("UNWIND $ids AS id MERGE (e:LegalEntity {id: id}) SET e.name = id", Map.of("ids", g.entities())).consume();
            tx.run("UNWIND $ids AS id MERGE (p:Person {id: id}) SET p.name = id", Map.of("ids", g.persons())).consume();
            String create = " MATCH (x:LegalEntity {id: e.owned}) CREATE (o)-[:OWNS {share: e.share, shareMin: e.shareMin, "
                    + "shareMax: e.shareMax, since: e.since, until: e.until}]->(x)";
            tx.run("UNWIND $edges AS e MATCH (o:Person {id: e.owner})" + create, Map.of("edges", personEdges)).consume();
            tx.run("UNWIND $edges AS e MATCH (o:LegalEntity {id: e.owner})" + create, Map.of("edges", entityEdges)).consume();
            maintainer.refresh(tx, new ChangeSet(touched, Set.of(), true, false));
            return null;
        });
    }

    /** One change as a later ingest would make it: a stake ended today, moved to another entity, removed, or added. */
    private static RandomOwnership.Graph change(RandomOwnership.Graph g, Random random, LocalDate today) {
        List<RandomOwnership.Edge> edges = new ArrayList<>(g.edges());
        String someEntity = g.entities().get(random.nextInt(g.entities().size()));
        int kind = edges.isEmpty() ? 3 : random.nextInt(4);
        if (kind == 3) {
            edges.add(new RandomOwnership.Edge(g.entities().get(random.nextInt(g.entities().size())), someEntity, 0.8, null, null, null, null));
        } else {
            RandomOwnership.Edge e = edges.remove(random.nextInt(edges.size()));
            if (kind == 0) {
                edges.add(new RandomOwnership.Edge(e.owner(), e.owned(), e.share(), e.shareMin(), e.shareMax(),
                        e.since() != null && !e.since().isBefore(today) ? null : e.since(), today));
            } else if (kind == 1) {
                edges.add(new RandomOwnership.Edge(e.owner(), someEntity, e.share(), e.shareMin(), e.shareMax(), e.since(), e.until()));
            }
        }
        return new RandomOwnership.Graph(g.seed(), g.entities(), g.persons(), edges, g.days());
    }
}
