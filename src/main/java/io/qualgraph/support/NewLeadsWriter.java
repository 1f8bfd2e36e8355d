package io.qualgraph.support;

import java.util.List;
import java.util.Map;

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
     */
    void write(TransactionContext tx, List<Map<String, Object>> rows);

}
