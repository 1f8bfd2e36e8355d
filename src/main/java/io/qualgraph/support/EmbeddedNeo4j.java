package io.qualgraph.support;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * An in-process Neo4j 5.26 community DBMS whose only door is a Bolt connector on loopback, so that
 * the service (and any other Bolt client) talks to it exactly as to a remote server.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private final DatabaseManagementService dbms;
    private final int boltPort;
    private final Path home;

    private EmbeddedNeo4j(DatabaseManagementService dbms, int boltPort, Path home) {
        this.dbms = dbms;
        this.boltPort = boltPort;
        this.home = home;
    }

    /**
     * Starts the DBMS with its store under {@code home}.
     *
     * @param port Bolt port on 127.0.0.1; 0 picks a free one
     * @param pageCacheMib page cache size in MiB
     * @throws StoreInUseException when another process holds the store
     */
    public static EmbeddedNeo4j start(Path home, int port, long pageCacheMib) {
        return start(home, port, pageCacheMib, Map.of());
    }

    /** As {@link #start(Path, int, long)}, with {@code settings} on top (tests reproduce a server's behaviour so). */
    public static EmbeddedNeo4j start(Path home, int port, long pageCacheMib, Map<Setting<?>, Object> settings) {
        try {
            DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMib))
                    .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2))
                    .setConfig(settings)
                    .build();
            GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            int bound = ((GraphDatabaseAPI) db).getDependencyResolver()
                    .resolveDependency(ConnectorPortRegister.class)
                    .getLocalAddress(ConnectorType.BOLT).getPort();
            return new EmbeddedNeo4j(dbms, bound, home);
        } catch (RuntimeException e) {
            if (causedByFileLock(e)) {
                throw new StoreInUseException(home, e);
            }
            throw e;
        }
    }

    private static boolean causedByFileLock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().equals("FileLockException")) {
                return true;
            }
        }
        return false;
    }

    public String boltUri() {
        return "bolt://127.0.0.1:" + boltPort;
    }

    public Path home() {
        return home;
    }

    @Override
    public void close() {
        dbms.shutdown();
    }

    /** Another process (usually a second copy of the service) already has this store open. */
    public static final class StoreInUseException extends IllegalStateException {
        StoreInUseException(Path home, Throwable cause) {
            super("The Neo4j store at " + home.toAbsolutePath() + " is in use by another process "
                    + "(is Qualgraph already running?). Stop it, or set QUALGRAPH_DATA_DIR to another folder.", cause);
        }
    }
}
