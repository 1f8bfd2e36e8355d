package io.qualgraph.contact;

/** Where an opportunity stands (DESIGN §4 vocabulary). */
public enum OpportunityOutcome {
    OPEN, WON, LOST
}
