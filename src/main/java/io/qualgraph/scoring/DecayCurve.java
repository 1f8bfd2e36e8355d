package io.qualgraph.scoring;

import java.time.Duration;
import java.time.Instant;

/** The weight an event keeps at a given age, per the model's step or exponential curve. */
final class DecayCurve {

    private DecayCurve() {
    }

    /** Whole days elapsed from {@code at} to {@code asOf} (an event 14 days and 23 hours old is 14 days old). */
    static long ageDays(Instant at, Instant asOf) {
        return Duration.between(at, asOf).toDays();
    }

    /** The factor in 0..1 for an event of that age; an event with no curve never decays. */
    static double factor(ScoringModel.Decay decay, long ageDays) {
        if (decay == null) {
            return 1.0;
        }
        if (decay.steps() != null && !decay.steps().isEmpty()) {
            for (ScoringModel.Step step : decay.steps()) {
                if (ageDays <= step.toDays()) {
                    return step.factor();
                }
            }
            return 0.0;
        }
        if (decay.ignoreAfterDays() != null && ageDays > decay.ignoreAfterDays()) {
            return 0.0;
        }
        return fourDecimals(Math.pow(0.5, ageDays / decay.halfLifeDays()));
    }

    /** The same exponential shape for intent signals. */
    static double intentFactor(ScoringModel.Intent intent, long ageDays) {
        if (ageDays > intent.ignoreAfterDays()) {
            return 0.0;
        }
        return fourDecimals(Math.pow(0.5, ageDays / intent.halfLifeDays()));
    }

    /** Exponential factors are rounded to what the reasons show, so a reader multiplying them gets the same points. */
    private static double fourDecimals(double factor) {
        return Math.round(factor * 10_000) / 10_000.0;
    }
}
