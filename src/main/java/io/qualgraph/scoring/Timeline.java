package io.qualgraph.scoring;

/** A lead's own answer on when it means to buy (the T of BANT). */
public enum Timeline {
    IMMEDIATE, WITHIN_3_MONTHS, WITHIN_6_MONTHS, WITHIN_12_MONTHS, LATER, NONE, UNKNOWN
}
