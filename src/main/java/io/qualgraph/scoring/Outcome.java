package io.qualgraph.scoring;

/** What qualification concludes about an account; the model file routes each tier to one of them. */
public enum Outcome {
    QUALIFIED, NURTURE, UNQUALIFIED, DISQUALIFIED_FOR_NOW
}
