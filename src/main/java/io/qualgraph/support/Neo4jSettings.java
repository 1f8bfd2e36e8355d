package io.qualgraph.support;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the graph lives: an external server when {@code uri} is set, else the embedded DBMS.
 *
 * @param uri bolt:// or neo4j:// URI of an external server (NEO4J_URI); blank starts the embedded database
 * @param username user for the external server (NEO4J_USERNAME)
 * @param password password for the external server (NEO4J_PASSWORD)
 * @param dataDir folder of the embedded store and of generated API keys (QUALGRAPH_DATA_DIR)
 * @param boltPort Bolt port of the embedded database on 127.0.0.1 (QUALGRAPH_BOLT_PORT; 0 picks a free one)
 * @param pageCacheMib page cache of the embedded database in MiB
 */
@ConfigurationProperties("qualgraph.neo4j")
public record Neo4jSettings(
        String uri,
        @DefaultValue("neo4j") String username,
        @DefaultValue("") String password,
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("7687") int boltPort,
        @DefaultValue("256") long pageCacheMib) {

    public boolean embedded() {
        return uri == null || uri.isBlank();
    }
}
