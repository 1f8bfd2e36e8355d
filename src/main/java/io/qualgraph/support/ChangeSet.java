package io.qualgraph.support;

import java.util.Set;

/**
 * What one write (a bundle, a CSV file, an import) touched, handed to every {@link Maintainer} inside
 * the same transaction so that derived data (families, risk) is never out of step with the graph.
 *
 * @param entityIds legal entities created or changed, including both ends of changed ownership
 * @param personIds persons created or changed, including owners of changed ownership
 * @param ownershipChanged whether any OWNS relationship was created, changed or ended
 * @param flagsChanged whether any risk flag was created or changed
 */
public record ChangeSet(Set<String> entityIds, Set<String> personIds, boolean ownershipChanged, boolean flagsChanged) {

    public ChangeSet {
        entityIds = Set.copyOf(entityIds);
        personIds = Set.copyOf(personIds);
    }

    public boolean isEmpty() {
        return entityIds.isEmpty() && personIds.isEmpty() && !ownershipChanged && !flagsChanged;
    }
}
