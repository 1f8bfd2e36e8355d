package io.qualgraph.support;

import org.springframework.lang.Nullable;

/** Holds the embedded DBMS when this process started one; {@code neo4j} is null against an external server. */
public record EmbeddedDatabase(@Nullable EmbeddedNeo4j neo4j) implements AutoCloseable {

    /** The Bolt URI of the embedded database, or null when the service uses an external server. */
    @Nullable
    public String boltUri() {
        return neo4j == null ? null : neo4j.boltUri();
    }

    @Override
    public void close() {
        if (neo4j != null) {
            neo4j.close();
        }
    }
}
