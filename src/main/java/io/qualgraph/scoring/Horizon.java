package io.qualgraph.scoring;

/** How far back a model looks: the oldest signal that can still carry points, so loaders read no more. */
public final class Horizon {

    private Horizon() {
    }

    /** Days beyond which no event, intent or activation window of {@code model} counts. */
    public static int days(ScoringModel model) {
        int days = Math.max(model.activation().lookbackDays() + model.activation().windowDays(),
                model.intent().ignoreAfterDays());
        for (var type : io.qualgraph.engagement.EngagementType.values()) {
            ScoringModel.Decay decay = model.engagement().decay().get(type);
            if (decay == null) {
                return Integer.MAX_VALUE;
            }
            if (decay.steps() != null && !decay.steps().isEmpty()) {
                days = Math.max(days, decay.steps().get(decay.steps().size() - 1).toDays() + 1);
            } else {
                days = Math.max(days, decay.ignoreAfterDays() == null ? Integer.MAX_VALUE : decay.ignoreAfterDays() + 1);
            }
        }
        return days;
    }
}
