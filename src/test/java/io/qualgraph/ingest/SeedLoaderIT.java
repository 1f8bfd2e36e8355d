package io.qualgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import io.qualgraph.support.Graph;
import io.qualgraph.support.IntegrationTest;
import io.qualgraph.support.Neo4jSettings;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class SeedLoaderIT {

    private static final Path SEED = Path.of("src/test/resources/ingest/seed");

    @Autowired
    SeedLoader loader;
    @Autowired
    Graph graph;
    @Autowired
    ChunkedImport importer;
    @Autowired
    JsonMapper json;
    @Autowired
    Driver driver;

    Record seeded() {
        return driver.executableQuery("""
                MATCH (:LegalEntity {id: 'ING-SEED-E1'})-[o:OWNS]->(:LegalEntity {id: 'ING-SEED-E2'})
                MATCH (v:Engagement {id: 'ING-SEED-V1'})
                RETURN max(o.since) AS since, v.at AS at
                """).execute().records().get(0);
    }

    @Test
    void seed_keeps_its_dates_without_shift_and_moves_them_to_today_with_shift() throws Exception {
        assertThat(loader.load(SEED, false, LocalDate.of(2026, 3, 2))).isEqualTo(5);
        assertThat(seeded().get("since").asLocalDate()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(seeded().get("at").asZonedDateTime().toInstant()).isEqualTo(ZonedDateTime.parse("2026-01-30T10:00:00Z").toInstant());

        loader.load(SEED, true, LocalDate.of(2026, 3, 2));
        assertThat(seeded().get("since").asLocalDate()).isEqualTo(LocalDate.of(2025, 1, 31));
        assertThat(seeded().get("at").asZonedDateTime().toInstant()).isEqualTo(ZonedDateTime.parse("2026-03-01T10:00:00Z").toInstant());
    }

    @Test
    void a_graph_with_legal_entities_is_not_seeded_again() throws Exception {
        loader.load(SEED, false, LocalDate.of(2026, 1, 31));
        SeedLoader enabled = new SeedLoader(graph, importer, json,
                new SeedSettings(true, true, Path.of("src/test/resources/ingest/seed-never")),
                new Neo4jSettings(null, "neo4j", "", Path.of("target/test-data"), 0, 64, ""), false, Clock.systemUTC());
        enabled.run(null);
        assertThat(driver.executableQuery("MATCH (n {id: 'ING-SEED-NEVER'}) RETURN n").execute().records()).isEmpty();
    }

    @Test
    void a_missing_seed_folder_loads_nothing_and_does_not_fail() throws Exception {
        assertThat(loader.load(Path.of("target/no-such-seed"), true, LocalDate.now())).isZero();
    }
}
