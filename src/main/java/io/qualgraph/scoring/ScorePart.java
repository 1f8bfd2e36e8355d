package io.qualgraph.scoring;

/**
 * The parts an account score is made of, for a person's first look at it: every reason row belongs to exactly one, so
 * the parts add up to the score. Engagement is net of diminishing returns, non-buyers' shares and saturation.
 */
public enum ScorePart {
    FIT, ENGAGEMENT, COMMITTEE, INTENT, OTHER;

    /** The part a reason row of {@code code} belongs to. */
    public static ScorePart of(String code) {
        if (code.startsWith("FIT_")) {
            return FIT;
        }
        if (code.startsWith("EVENT_") || code.startsWith("ENGAGEMENT_") || code.equals("DIMINISHING_RETURNS")
                || code.equals("NON_BUYER_SHARE")) {
            return ENGAGEMENT;
        }
        if (code.startsWith("COMMITTEE_")) {
            return COMMITTEE;
        }
        return code.startsWith("INTENT") ? INTENT : OTHER;
    }
}
