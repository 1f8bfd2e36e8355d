package io.qualgraph.support;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

/**
 * Whether a bundle write is in progress and how long none has been: work that may wait (deciding leads in the
 * background) waits for a pause in writing, so that it does not slow an import down chunk by chunk.
 */
@Component
public class WriteActivity {

    private final AtomicInteger inProgress = new AtomicInteger();
    private volatile long lastEndedNanos = System.nanoTime();

    /** A write starts; every call is followed by one {@link #ended()}, whatever happens. */
    public void began() {
        inProgress.incrementAndGet();
    }

    public void ended() {
        lastEndedNanos = System.nanoTime();
        inProgress.decrementAndGet();
    }

    /** How long no write has been in progress; zero while one is. */
    public Duration quietFor() {
        if (inProgress.get() > 0) {
            return Duration.ZERO;
        }
        return Duration.ofNanos(Math.max(0, System.nanoTime() - lastEndedNanos));
    }
}
