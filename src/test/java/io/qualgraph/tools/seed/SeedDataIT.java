package io.qualgraph.tools.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.qualgraph.ingest.Bundle;
import io.qualgraph.ingest.BundleIngest;
import io.qualgraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The committed seed-data/ loads through the production ingest without a single bad row. */
@IntegrationTest
class SeedDataIT {

    private static final Path SEED = Path.of("seed-data");

    @Autowired
    BundleIngest ingest;
    @Autowired
    JsonMapper json;
    @Autowired
    Driver driver;

    @Test
    void seed_data_loads_through_bundle_ingest_and_every_row_becomes_a_node() throws IOException {
        JsonNode manifest = json.readTree(SEED.resolve("manifest.json").toFile());
        assertThat(manifest.get("referenceDate").asString()).isEqualTo("2026-10-31");
        long start = System.nanoTime();
        long rows = 0;
        for (JsonNode file : manifest.get("bundles")) {
            Bundle bundle = json.readValue(SEED.resolve(file.asString()).toFile(), Bundle.class);
            rows += ingest.ingest(bundle).rows();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("Seed data: %d rows in %.1f s (%.0f rows/s)%n", rows, seconds, rows / seconds);
        Generated seed = Generated.demo();
        for (Map.Entry<String, String> section : Map.of("entities", "LegalEntity", "persons", "Person",
                "riskFlags", "RiskFlag", "contacts", "Contact", "engagements", "Engagement",
                "opportunities", "Opportunity", "intent", "IntentSignal", "leads", "Lead").entrySet()) {
            List<Object> ids = seed.rows(section.getKey()).stream().map(r -> r.get("id")).toList();
            assertThat(count("UNWIND $ids AS id MATCH (n:" + section.getValue() + " {id: id}) RETURN count(n) AS n", ids))
                    .as(section.getValue()).isEqualTo(ids.size());
        }
        List<Object> opportunities = seed.rows("opportunities").stream().map(r -> r.get("id")).toList();
        long seats = seed.rows("opportunities").stream().mapToLong(o -> SeedContentTests.committee(o).size()).sum();
        assertThat(count("UNWIND $ids AS id MATCH (:Contact)-[r:ON_COMMITTEE]->(:Opportunity {id: id}) RETURN count(r) AS n",
                opportunities)).isEqualTo(seats);
        List<Object> entities = seed.rows("entities").stream().map(r -> r.get("id")).toList();
        assertThat(count("UNWIND $ids AS id MATCH ()-[r:OWNS]->(:LegalEntity {id: id}) RETURN count(r) AS n", entities))
                .isEqualTo(seed.rows("ownership").size());
    }

    private long count(String cypher, List<Object> ids) {
        return driver.executableQuery(cypher).withParameters(Map.of("ids", ids)).execute().records().get(0)
                .get("n").asLong();
    }
}
