package io.qualgraph.ingest;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Seed data loaded at start into an empty graph.
 *
 * @param enabled load the seed (QUALGRAPH_SEED); null (blank) means: yes for the embedded database, no for an external one
 * @param shiftToToday move every time so that the manifest's referenceDate becomes today (QUALGRAPH_SEED_SHIFT)
 * @param dir folder with {@code manifest.json} and the bundles it lists (QUALGRAPH_SEED_DIR)
 */
@ConfigurationProperties("qualgraph.seed")
public record SeedSettings(Boolean enabled, @DefaultValue("true") boolean shiftToToday,
        @DefaultValue("seed-data") Path dir) {
}
