package io.qualgraph.scoring;

/** A lead's own answer on its part in the buying decision (the A of BANT). */
public enum Authority {
    DECISION_MAKER, INFLUENCER, USER, NONE, UNKNOWN
}
