package io.qualgraph.lead;

/** Where a lead is: computed NEW and MQL, then the stages sales decisions move it to. */
public enum LeadStage {
    NEW, MQL, SAL, SQL, CONVERTED, REJECTED, RECYCLED;

    /** A rejected or converted lead has left the inbox. */
    boolean closed() {
        return this == CONVERTED || this == REJECTED;
    }
}
