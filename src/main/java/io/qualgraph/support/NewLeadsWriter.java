package io.qualgraph.support;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.neo4j.driver.TransactionContext;

/**
 * Writes the new leads of a write that holds only leads, resolving them before they are stored (ADR 0029): one
 * statement then stores each lead with its outcome, where a write of any other rows stores its leads first and resolves
 * them once families and risk are maintained. Implemented by the lead module; ingest hands it the rows.
 */
public interface NewLeadsWriter {

    /**
     * Resolves and writes these lead rows, none of them stored yet, inside {@code tx}.
     *
     * @param rows rows as {@code cypher/ingest/leads} takes them: {@code {id, contact, props}}
     * @param ahead what {@link #readAhead} began for these rows (or more), or {@link ReadAhead#NONE}: taken when it still
     *        holds, else resolution reads for itself
     */
    void write(TransactionContext tx, List<Map<String, Object>> rows, ReadAhead ahead);

    /**
     * Begins reading, on another thread and in its own transaction, the part of these rows' resolution that lead writes
     * cannot change (ADR 0030), so that an import reads it for its next chunk while the current one is written.
     *
     * @param rows the rows, made on that thread too
     */
    ReadAhead readAhead(Supplier<List<Map<String, Object>>> rows);

    /** A read begun by {@link #readAhead}; closing it abandons the read when no write took it. */
    interface ReadAhead extends AutoCloseable {

        /** Nothing read ahead. */
        ReadAhead NONE = () -> {
        };

        @Override
        void close();
    }
}
