package io.qualgraph.lead;

import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

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

    private final Timer timer;

    private ResolutionTimer(Timer timer) {
        this.timer = timer;
    }

    static ResolutionTimer of(MeterRegistry meters, String step) {
        return new ResolutionTimer(Timer.builder(NAME).tag("step", step)
                .description("Lead resolution inside a write: reading the leads back, their candidates and the choice, "
                        + "writing the outcome")
                .register(meters));
    }

    /** Records the time since {@code startNanos} and answers now, the next step's start. */
    long since(long startNanos) {
        long now = System.nanoTime();
        timer.record(now - startNanos, TimeUnit.NANOSECONDS);
        return now;
    }
}
