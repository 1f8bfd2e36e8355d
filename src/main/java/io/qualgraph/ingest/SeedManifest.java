package io.qualgraph.ingest;

import java.util.List;

/** {@code seed-data/manifest.json}: the date the data was generated for, and the bundle files in load order. */
record SeedManifest(String referenceDate, List<String> bundles) {

    SeedManifest {
        bundles = bundles == null ? List.of() : List.copyOf(bundles);
    }
}
