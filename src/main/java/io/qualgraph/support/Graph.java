package io.qualgraph.support;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.RetryableException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Runs registry statements: reads in read sessions (a cluster routes them to secondaries), writes in managed write
 * transactions; both are retried on transient failures. A read of one statement runs as an auto-commit query, which
 * costs one network round trip instead of two (ADR 0007).
 */
@Component
public class Graph {

    private final SessionConfig readSession;
    private final SessionConfig writeSession;
    private final Driver driver;
    private final CypherRegistry cypher;
    private final Duration maxRetryTime;

    /** Takes the migrations so that no statement runs before the schema is in place. */
    public Graph(Driver driver, CypherRegistry cypher, SchemaMigrations schema, Neo4jSettings settings,
            @Value("${spring.neo4j.max-transaction-retry-time:30s}") Duration maxRetryTime) {
        this.readSession = session(AccessMode.READ, settings.sessionDatabase());
        this.writeSession = session(AccessMode.WRITE, settings.sessionDatabase());
        this.driver = driver;
        this.cypher = cypher;
        this.maxRetryTime = maxRetryTime;
    }

    /**
     * Runs the named statement alone, as one auto-commit read (its own transaction, one round trip), and maps every
     * record; retried like a managed transaction while the failure is transient and the retry time lasts.
     */
    public <T> List<T> query(String name, Map<String, Object> parameters, Function<Record, T> mapper) {
        String statement = cypher.get(name);
        long deadline = System.nanoTime() + maxRetryTime.toNanos();
        for (long pause = 20; ; pause = Math.min(1000, pause * 2)) {
            try (Session session = driver.session(readSession)) {
                return session.run(statement, parameters).list(mapper::apply);
            } catch (Neo4jException e) {
                if (!(e instanceof RetryableException) || System.nanoTime() + pause * 1_000_000 > deadline) {
                    throw e;
                }
                sleep(pause);
            }
        }
    }

    /** Runs {@code work} in one read transaction. */
    public <T> T read(Function<TransactionContext, T> work) {
        try (Session session = driver.session(readSession)) {
            return session.executeRead(work::apply);
        }
    }

    /** Runs {@code work} in one write transaction: all of it is committed or none. */
    public <T> T write(Function<TransactionContext, T> work) {
        try (Session session = driver.session(writeSession)) {
            return session.executeWrite(work::apply);
        }
    }

    /** Runs the named statement in its own write transaction. */
    public void execute(String name, Map<String, Object> parameters) {
        write(tx -> tx.run(cypher.get(name), parameters).consume());
    }

    /** A session in {@code mode} on {@code database}, or on the home database when it is null. */
    private static SessionConfig session(AccessMode mode, String database) {
        SessionConfig.Builder builder = SessionConfig.builder().withDefaultAccessMode(mode);
        return (database == null ? builder : builder.withDatabase(database)).build();
    }

    public CypherRegistry cypher() {
        return cypher;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to retry a read", e);
        }
    }
}
