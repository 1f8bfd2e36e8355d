package io.qualgraph.scoring;

/** A contact's role on an opportunity's buying committee (DESIGN §4 vocabulary). */
public enum CommitteeRole {
    ECONOMIC_BUYER, DECISION_MAKER, TECHNICAL_EVALUATOR, CHAMPION, INFLUENCER, PROCUREMENT, USER, BLOCKER
}
