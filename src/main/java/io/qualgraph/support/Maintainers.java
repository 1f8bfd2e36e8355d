package io.qualgraph.support;

import org.neo4j.driver.TransactionContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Every {@link Maintainer}, in {@code @Order}: the one way a write path tells them what it wrote, inside its
 * transaction and again after the commit.
 */
@Component
public class Maintainers {

    private final ObjectProvider<Maintainer> all;

    Maintainers(ObjectProvider<Maintainer> all) {
        this.all = all;
    }

    /** Inside the write's transaction: each maintainer refreshes the data it derives at write time. */
    public void refresh(TransactionContext tx, ChangeSet changes) {
        all.orderedStream().forEach(m -> m.refresh(tx, changes));
    }

    /** After the write's transaction committed. */
    public void committed(ChangeSet changes) {
        all.orderedStream().forEach(m -> m.committed(changes));
    }
}
