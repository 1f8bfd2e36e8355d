package io.qualgraph.scoring;

/** Account tier, T1 best. The model file's qualification rules give T1–T3 their thresholds; T4 is the rest. */
public enum Tier {
    T1, T2, T3, T4
}
