package io.qualgraph.scoring;

/** Where an opportunity stands (DESIGN §4 vocabulary). */
public enum OpportunityOutcome {
    OPEN, WON, LOST
}
