package io.qualgraph.support;

import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * One tagged series of a timer that splits a piece of work into consecutive steps: each step records the time since the
 * previous one ended, in {@code /actuator/prometheus}. Cheap enough for every write.
 */
public final class StepTimer {

    private final Timer timer;

    private StepTimer(Timer timer) {
        this.timer = timer;
    }

    /** The series of {@code name} tagged {@code tag=value}. */
    public static StepTimer register(MeterRegistry meters, String name, String tag, String value, String description) {
        return new StepTimer(Timer.builder(name).tag(tag, value).description(description).register(meters));
    }

    /** Records the time since {@code startNanos} (a {@link System#nanoTime()}) and answers now, the next step's start. */
    public long since(long startNanos) {
        long now = System.nanoTime();
        timer.record(now - startNanos, TimeUnit.NANOSECONDS);
        return now;
    }
}
