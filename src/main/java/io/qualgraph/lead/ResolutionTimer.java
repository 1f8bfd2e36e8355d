package io.qualgraph.lead;

import io.micrometer.core.instrument.MeterRegistry;
import io.qualgraph.support.StepTimer;

/**
 * Where lead resolution inside a write spends its time: the timer {@value #NAME}, tagged {@code step} with
 * {@link #READ_BACK} (reading the written leads back), {@link #CANDIDATES} (their candidates and the choice) and
 * {@link #OUTCOME} (writing what was found), in {@code /actuator/prometheus} and printed by the lead benchmark.
 */
public final class ResolutionTimer {

    public static final String NAME = "qualgraph.leads.resolution";
    public static final String READ_BACK = "read-back";
    public static final String CANDIDATES = "candidates";
    public static final String OUTCOME = "outcome";

    private ResolutionTimer() {
    }

    static StepTimer step(MeterRegistry meters, String step) {
        return StepTimer.register(meters, NAME, "step", step, "Lead resolution inside a write: reading the leads back, "
                + "their candidates and the choice, writing the outcome");
    }
}
