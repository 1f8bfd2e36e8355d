package io.qualgraph.scoring;

/**
 * Where an account goes next. The first four are the model file's routing of tiers; the risk gate overrides them
 * with {@link #DO_NOT_CONTACT} (BLOCKED) or {@link #HOLD_FOR_COMPLIANCE_REVIEW} (HIGH).
 */
public enum Route {
    SAME_DAY_OUTREACH, WITHIN_48H, AUTOMATED_NURTURE, MARKETING_ONLY, DO_NOT_CONTACT, HOLD_FOR_COMPLIANCE_REVIEW
}
