package io.qualgraph.scoring;

/** A lead's own answer on budget (the B of BANT). */
public enum Budget {
    APPROVED, PLANNED, NONE, UNKNOWN
}
