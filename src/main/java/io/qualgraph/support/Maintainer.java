package io.qualgraph.support;

import org.neo4j.driver.TransactionContext;

/**
 * Keeps data derived at write time (family membership, risk levels) right. Every write path calls
 * every maintainer, in {@code @Order}, inside the write's own transaction.
 */
public interface Maintainer {

    void refresh(TransactionContext tx, ChangeSet changes);
}
