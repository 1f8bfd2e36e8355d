package io.qualgraph.ingest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * {@code seed-data/manifest.json}: the date the data was generated for, and the bundle files in load order;
 * other fields (generator, scale, seed) describe the data and are ignored here.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record SeedManifest(String referenceDate, List<String> bundles) {

    SeedManifest {
        bundles = bundles == null ? List.of() : List.copyOf(bundles);
    }
}
