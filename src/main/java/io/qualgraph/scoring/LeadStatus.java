package io.qualgraph.scoring;

/**
 * The status a source system gives a lead. It is what the sender says; the decision Qualgraph computes is the
 * qualification's outcome and stage. {@code CONVERTED}, {@code DISQUALIFIED} and {@code UNQUALIFIED} mean the
 * lead is closed: it no longer counts as an open lead for duplicates.
 */
public enum LeadStatus {
    NEW, OPEN, WORKING, NURTURE, QUALIFIED, UNQUALIFIED, DISQUALIFIED, CONVERTED, UNSUBSCRIBED;

    public boolean closed() {
        return this == CONVERTED || this == DISQUALIFIED || this == UNQUALIFIED;
    }
}
