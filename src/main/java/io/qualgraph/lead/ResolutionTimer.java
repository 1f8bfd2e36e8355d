package io.qualgraph.lead;

import io.micrometer.core.instrument.Counter;
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
    /** Reads of an import's next chunk made ahead on another thread, tagged {@code taken} true or false (ADR 0030). */
    public static final String READ_AHEAD = "qualgraph.leads.read-ahead";

    private ResolutionTimer() {
    }

    static Counter readAhead(MeterRegistry meters, boolean taken) {
        return Counter.builder(READ_AHEAD).tag("taken", Boolean.toString(taken))
                .description("Entity and name candidates read ahead for an import's next chunk: taken by its write, or "
                        + "not (a write changed entities meanwhile, or the scoring model changed)")
                .register(meters);
    }

    static StepTimer step(MeterRegistry meters, String step) {
        return StepTimer.register(meters, NAME, "step", step, "Lead resolution inside a write: reading the leads back, "
                + "their candidates and the choice, writing the outcome");
    }
}
