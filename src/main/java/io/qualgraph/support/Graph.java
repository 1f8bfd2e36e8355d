package io.qualgraph.support;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Component;

/**
 * Runs registry statements in managed driver transactions: reads in read transactions (a cluster
 * routes them to secondaries), writes in write transactions (the driver retries transient failures).
 */
@Component
public class Graph {

    private final Driver driver;
    private final CypherRegistry cypher;

    /** Takes the migrations so that no statement runs before the schema is in place. */
    public Graph(Driver driver, CypherRegistry cypher, SchemaMigrations schema) {
        this.driver = driver;
        this.cypher = cypher;
    }

    /** Runs the named statement in its own read transaction and maps every record. */
    public <T> List<T> query(String name, Map<String, Object> parameters, Function<Record, T> mapper) {
        return read(tx -> tx.run(cypher.get(name), parameters).list(mapper::apply));
    }

    /** Runs {@code work} in one read transaction. */
    public <T> T read(Function<TransactionContext, T> work) {
        try (Session session = driver.session(SessionConfig.defaultConfig())) {
            return session.executeRead(work::apply);
        }
    }

    /** Runs {@code work} in one write transaction: all of it is committed or none. */
    public <T> T write(Function<TransactionContext, T> work) {
        try (Session session = driver.session(SessionConfig.defaultConfig())) {
            return session.executeWrite(work::apply);
        }
    }

    /** Runs the named statement in its own write transaction. */
    public void execute(String name, Map<String, Object> parameters) {
        write(tx -> tx.run(cypher.get(name), parameters).consume());
    }

    public CypherRegistry cypher() {
        return cypher;
    }
}
