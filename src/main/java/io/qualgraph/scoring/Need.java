package io.qualgraph.scoring;

/** A lead's own answer on how pressing its need is (the N of BANT). */
public enum Need {
    URGENT, CONFIRMED, EXPLORING, NONE, UNKNOWN
}
