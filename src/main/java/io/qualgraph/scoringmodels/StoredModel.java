package io.qualgraph.scoringmodels;

import java.time.ZonedDateTime;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/**
 * One stored scoring-model version as Spring Data Neo4j maps it: immutable, keyed by its version id (the business
 * key, unique by schema). Versions are written only by {@code insert-model} (create if absent, never overwrite), so the
 * repository is used for reads.
 */
@Node("ScoringModel")
final class StoredModel {

    @Id
    private final String version;
    private final String text;
    private final ZonedDateTime createdAt;
    private final String createdBy;

    StoredModel(String version, String text, ZonedDateTime createdAt, String createdBy) {
        this.version = version;
        this.text = text;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    String version() {
        return version;
    }

    String text() {
        return text;
    }

    ZonedDateTime createdAt() {
        return createdAt;
    }

    String createdBy() {
        return createdBy;
    }
}
