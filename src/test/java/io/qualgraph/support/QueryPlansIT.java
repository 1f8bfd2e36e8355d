package io.qualgraph.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import io.qualgraph.ingest.BundleIngest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.Plan;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * No statement the service runs may scan a whole label once per row. A label scan on the inner side of an apply (a
 * subquery, {@code COUNT {}} or pattern predicate whose lookup the planner could not seek, such as a composite index
 * given no predicate on its second property) reads the whole label for every outer row: invisible on a small graph,
 * a hundred milliseconds per lead on 20,000 entities. Planned on the seed (with the schema migrated), so that each
 * lookup has its index and the planner sees counts like a real graph's, not an empty store where any scan is free.
 */
@IntegrationTest
class QueryPlansIT {

    private static final CypherRegistry REGISTRY = new CypherRegistry();

    private static final Set<String> SCANS = Set.of("NodeByLabelScan", "AllNodesScan", "UnionNodeByLabelsScan",
            "IntersectionNodeByLabelsScan", "DirectedAllRelationshipsScan", "UndirectedAllRelationshipsScan",
            "DirectedRelationshipTypeScan", "UndirectedRelationshipTypeScan");

    /** Labels that hold a handful of nodes by design (one per activation), where a scan is the cheapest plan. */
    private static final Set<String> CATALOGUES = Set.of("ScoringModelActivation", "PredictiveModelActivation");

    /** Statements whose scan stops at the first node. */
    private static final Set<String> EXISTENCE_CHECKS = Set.of("ingest/any-legal-entity");

    @Autowired
    Driver driver;
    @Autowired
    BundleIngest ingest;
    @Autowired
    JsonMapper json;

    private static boolean seeded;

    @BeforeEach
    void seeded() throws IOException {
        if (!seeded) {
            SeedFixture.load(ingest, json);
            seeded = true;
        }
    }

    static Stream<String> served() {
        return REGISTRY.served().keySet().stream().filter(name -> !EXISTENCE_CHECKS.contains(name)).sorted();
    }

    @ParameterizedTest
    @MethodSource("served")
    void no_label_is_scanned_for_each_row(String name) {
        try (Session session = driver.session()) {
            Plan plan = session.run("EXPLAIN " + REGISTRY.get(name), Map.of()).consume().plan();
            assertThat(scansPerRow(plan, false)).as(name).isEmpty();
        }
    }

    /** Run before every inbox and funnel read: a scan of every lead there cost 35 ms at 11,000 leads. */
    @Test
    void due_leads_are_found_through_indexes_alone() {
        try (Session session = driver.session()) {
            Plan plan = session.run("EXPLAIN " + REGISTRY.get("queries/lead/due-leads"), Map.of()).consume().plan();
            assertThat(scansPerRow(plan, true)).as("any scan, outer or inner").isEmpty();
        }
    }

    /** The scans on the inner (second) side of an apply-like operator, each as "operator: details". */
    static List<String> scansPerRow(Plan plan, boolean inner) {
        List<String> found = new ArrayList<>();
        if (inner && SCANS.contains(operator(plan)) && CATALOGUES.stream().noneMatch(label -> details(plan).contains(":" + label))) {
            found.add(operator(plan) + ": " + details(plan));
        }
        boolean apply = operator(plan).endsWith("Apply");
        for (int i = 0; i < plan.children().size(); i++) {
            found.addAll(scansPerRow(plan.children().get(i), inner || (apply && i == 1)));
        }
        return found;
    }

    private static String details(Plan plan) {
        return String.valueOf(plan.arguments().get("Details"));
    }

    private static String operator(Plan plan) {
        String type = plan.operatorType();
        int at = type.indexOf('@');
        return at < 0 ? type : type.substring(0, at);
    }
}
