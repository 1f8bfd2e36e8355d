package io.qualgraph.scoring;


/** How far back a model looks: the oldest signal that can still carry points, so loaders read no more. */
public final class Horizon {

    private Horizon() {
    }

    /** Days beyond which no event, intent or activation window of {@code model} counts. */
    public static int days(ScoringModel model) {
        int days = Math.max(activationDays(model), model.intent().ignoreAfterDays() + 1);
        for (EngagementType type : EngagementType.values()) {
            days = Math.max(days, days(model, type));
        }
        return days;
    }

    /** Days beyond which an event of {@code type} carries no points and cannot open an activation window. */
    public static int days(ScoringModel model, EngagementType type) {
        ScoringModel.Decay decay = model.engagement().decay().get(type);
        int carries;
        if (decay == null) {
            carries = Integer.MAX_VALUE;
        } else if (decay.steps() != null && !decay.steps().isEmpty()) {
            carries = decay.steps().get(decay.steps().size() - 1).toDays() + 1;
        } else {
            carries = decay.ignoreAfterDays() == null ? Integer.MAX_VALUE : decay.ignoreAfterDays() + 1;
        }
        return Math.max(carries, activationDays(model));
    }

    private static int activationDays(ScoringModel model) {
        return model.activation().lookbackDays() + model.activation().windowDays() + 1;
    }
}
