package io.qualgraph.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

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

    /** A folder for a test's own store, and a free port for its Bolt connector: for tests that start their own server. */
    public static Path tempStore(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A port nothing listens on now. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
