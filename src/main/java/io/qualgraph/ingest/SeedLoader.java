package io.qualgraph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import io.qualgraph.support.Graph;
import io.qualgraph.support.Neo4jSettings;
import io.qualgraph.support.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads {@code seed-data/} at start when seeding is on and the graph holds no legal entity, with every
 * time moved so that the manifest's reference date becomes today (unless shifting is off).
 */
@Component
class SeedLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

    private final Graph graph;
    private final ChunkedImport importer;
    private final JsonMapper json;
    private final SeedSettings seed;
    private final boolean embedded;
    private final boolean cli;
    private final Clock clock;

    SeedLoader(Graph graph, ChunkedImport importer, JsonMapper json, SeedSettings seed, Neo4jSettings neo4j,
            @Value("${qualgraph.cli:false}") boolean cli, Clock clock) {
        this.graph = graph;
        this.importer = importer;
        this.json = json;
        this.seed = seed;
        this.embedded = neo4j.embedded();
        this.cli = cli;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean enabled = seed.enabled() == null ? embedded : seed.enabled();
        if (cli || !enabled) {
            return;
        }
        if (graph.query("ingest/any-legal-entity", Map.of(), r -> r.get("present").asBoolean()).get(0)) {
            log.info("Seed data not loaded: the graph already holds legal entities");
            return;
        }
        try {
            load(seed.dir(), seed.shiftToToday(), LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        } catch (IOException | RuntimeException e) {
            log.error("Seed data could not be loaded from {}; the service starts without it", seed.dir(), e);
        }
    }

    /** Loads every bundle of the manifest in {@code folder}; returns the rows loaded (0 when there is none). */
    long load(Path folder, boolean shift, LocalDate today) throws IOException {
        Path manifestFile = folder.resolve("manifest.json");
        if (!Files.isRegularFile(manifestFile)) {
            log.warn("No seed data loaded: {} does not exist (set QUALGRAPH_SEED_DIR, or QUALGRAPH_SEED=false)",
                    manifestFile.toAbsolutePath().normalize());
            return 0;
        }
        SeedManifest manifest = json.readValue(manifestFile.toFile(), SeedManifest.class);
        long days = shift ? ChronoUnit.DAYS.between(LocalDate.parse(manifest.referenceDate()), today) : 0;
        log.info("Loading seed data from {} ({} bundles; times shifted by {} days so that {} becomes {})", folder,
                manifest.bundles().size(), days, manifest.referenceDate(), shift ? today : manifest.referenceDate());
        long start = System.nanoTime();
        Map<String, IngestSummary.SectionCount> total = new LinkedHashMap<>();
        for (String file : manifest.bundles()) {
            Bundle bundle = json.readValue(folder.resolve(file).toFile(), Bundle.class);
            try {
                ChunkedImport.add(total, importer.run(bundle, days, (done, all) -> { }));
            } catch (Problem problem) {
                log.error("Seed bundle {} rejected, seeding stopped: {} {}", file, problem.getMessage(),
                        problem.errors().stream().limit(20).toList());
                return 0;
            }
        }
        IngestSummary summary = IngestSummary.of(total, (System.nanoTime() - start) / 1_000_000);
        log.info("Seed data loaded: {} rows ({} created) in {} ms, {} rows/s", summary.rows(), summary.created(),
                summary.elapsedMs(), summary.rows() * 1000 / Math.max(1, summary.elapsedMs()));
        return summary.rows();
    }
}
