package io.qualgraph.support;

import java.io.IOException;
import java.nio.file.Path;

import io.qualgraph.ingest.Bundle;
import io.qualgraph.ingest.BundleIngest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The committed seed-data/ in the shared test database, through the production ingest. Ingest is idempotent, so every
 * test that needs the seed loads it and a second load changes nothing.
 */
public final class SeedFixture {

    private static final Path SEED = Path.of("seed-data");

    private SeedFixture() {
    }

    public static void load(BundleIngest ingest, JsonMapper json) throws IOException {
        for (JsonNode file : json.readTree(SEED.resolve("manifest.json").toFile()).get("bundles")) {
            ingest.ingest(json.readValue(SEED.resolve(file.asString()).toFile(), Bundle.class));
        }
    }
}
