package io.qualgraph.support;

import java.util.Set;

/**
 * What one write (a bundle, a CSV file, an import) touched, handed to every {@link Maintainer} inside
 * the same transaction so that derived data (families, risk) is never out of step with the graph, and again
 * once the transaction has committed.
 *
 * @param entityIds legal entities created or changed, including both ends of changed ownership and the entities
 *        that contact, opportunity and intent rows name
 * @param personIds persons created or changed, including owners of changed ownership
 * @param contactIds contacts created or changed, or named by engagement and committee rows
 * @param partiesChanged whether any legal entity or person row was created or changed (firmographics, a
 *        jurisdiction, a nationality or a PEP mark may change the risk of entities it owns in other families)
 * @param ownershipChanged whether any OWNS relationship was created, changed or ended
 * @param flagsChanged whether any risk flag was created or changed
 * @param rowsReassigned whether an existing contact, engagement, opportunity, committee or intent row was
 *        changed: it may now belong to another entity or contact, so an account not named above may have changed
 * @param leadIds leads named by lead rows (created, changed or re-sent)
 * @param leadsResolved the leads among {@link #leadIds} that the write resolved before storing them (new leads of a
 *        write of leads only, {@link NewLeadsWriter}): no maintainer needs to resolve them again
 */
public record ChangeSet(Set<String> entityIds, Set<String> personIds, Set<String> contactIds, boolean partiesChanged,
        boolean ownershipChanged, boolean flagsChanged, boolean rowsReassigned, Set<String> leadIds,
        Set<String> leadsResolved) {

    public ChangeSet {
        entityIds = Set.copyOf(entityIds);
        personIds = Set.copyOf(personIds);
        contactIds = Set.copyOf(contactIds);
        leadIds = Set.copyOf(leadIds);
        leadsResolved = Set.copyOf(leadsResolved);
    }

    /** A write that names no lead. */
    public ChangeSet(Set<String> entityIds, Set<String> personIds, Set<String> contactIds, boolean partiesChanged,
            boolean ownershipChanged, boolean flagsChanged, boolean rowsReassigned) {
        this(entityIds, personIds, contactIds, partiesChanged, ownershipChanged, flagsChanged, rowsReassigned, Set.of(),
                Set.of());
    }

    /** A write of entities, persons, ownership and flags only (an import of a register): parties count as changed. */
    public ChangeSet(Set<String> entityIds, Set<String> personIds, boolean ownershipChanged, boolean flagsChanged) {
        this(entityIds, personIds, Set.of(), true, ownershipChanged, flagsChanged, false);
    }

    public boolean isEmpty() {
        return entityIds.isEmpty() && personIds.isEmpty() && contactIds.isEmpty() && !partiesChanged && !ownershipChanged
                && !flagsChanged && !rowsReassigned && leadIds.isEmpty();
    }

    /**
     * Whether the write may have changed accounts beyond those of {@link #entityIds} and {@link #contactIds}: a
     * changed party, stake or flag reaches through ownership, and a changed row may have left another account.
     */
    public boolean reachesBeyondTouched() {
        return partiesChanged || ownershipChanged || flagsChanged || rowsReassigned;
    }
}
