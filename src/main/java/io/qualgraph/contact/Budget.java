package io.qualgraph.contact;

/** A lead's own answer on budget (the B of BANT). */
public enum Budget {
    APPROVED, PLANNED, NONE, UNKNOWN
}
