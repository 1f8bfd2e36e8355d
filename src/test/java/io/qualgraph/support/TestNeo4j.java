package io.qualgraph.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * The one Neo4j of the whole test JVM: a Testcontainers Neo4j 5.26 when Docker is available,
 * otherwise the embedded DBMS on a temporary store. Never skipped for lack of Docker.
 */
public final class TestNeo4j {

    private static String uri;

    private TestNeo4j() {
    }

    /** The Bolt URI of the shared test database, started on first use and stopped when the JVM exits. */
    public static synchronized String uri() {
        if (uri == null) {
            uri = dockerAvailable() ? startContainer() : startEmbedded();
        }
        return uri;
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    @SuppressWarnings("resource")
    private static String startContainer() {
        Neo4jContainer container = new Neo4jContainer("neo4j:5.26").withoutAuthentication();
        container.start();
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
        return container.getBoltUrl();
    }

    private static String startEmbedded() {
        try {
            EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(Files.createTempDirectory("qualgraph-test-neo4j"), 0, 128);
            Runtime.getRuntime().addShutdownHook(new Thread(neo4j::close));
            return neo4j.boltUri();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
