package io.qualgraph.support;

import org.neo4j.driver.TransactionContext;

/**
 * Keeps data derived from the graph right. Every write path calls every maintainer through {@link Maintainers}, in
 * {@code @Order}: first inside the write's own transaction ({@link #refresh}, for data derived at write time: family
 * membership, risk levels), then once that transaction has committed ({@link #committed}, for what is kept outside
 * the graph, which must not be rebuilt from data another transaction cannot see yet).
 */
public interface Maintainer {

    default void refresh(TransactionContext tx, ChangeSet changes) {
    }

    /** After the write committed; must not throw, since the write has succeeded whatever happens here. */
    default void committed(ChangeSet changes) {
    }
}
