package io.qualgraph.lead;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.qualgraph.support.ChangeSet;
import io.qualgraph.support.Maintainer;
import io.qualgraph.support.ModelActivated;
import io.qualgraph.support.WriteActivity;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Decides due leads in the background once writing pauses, so that the inbox a rep opens after a CRM import answers
 * from stored decisions instead of first deciding every imported lead (38–57 s for 100,000 leads on the benchmark
 * graph). After each committed write and each model activation a run is planned for when no bundle write has been in
 * progress for {@link LeadSettings#decideAfterQuiet()}; a write meanwhile puts it off, so an import is not slowed
 * between its chunks. The run is {@link LeadRefresh#refreshDue()}, the one the inbox makes before it reads: an inbox
 * read meanwhile waits for it and then finds nothing left to decide.
 */
@Component
@Order(120)
class BackgroundLeadDecisions implements Maintainer {

    private static final Logger log = LoggerFactory.getLogger(BackgroundLeadDecisions.class);

    private final LeadRefresh refresh;
    private final WriteActivity writes;
    private final Duration quiet;
    /** Null when background deciding is off. */
    private final ScheduledExecutorService executor;
    private final AtomicBoolean planned = new AtomicBoolean();
    private volatile boolean stopping;

    BackgroundLeadDecisions(LeadRefresh refresh, WriteActivity writes, LeadSettings settings) {
        this.refresh = refresh;
        this.writes = writes;
        this.quiet = settings.decideAfterQuiet();
        this.executor = quiet.isZero() ? null : Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "lead-decisions");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void committed(ChangeSet changes) {
        plan();
    }

    @EventListener
    void modelActivated(ModelActivated activated) {
        plan();
    }

    private void plan() {
        if (executor != null && planned.compareAndSet(false, true)) {
            runAfter(quiet);
        }
    }

    private void runAfter(Duration delay) {
        try {
            executor.schedule(this::runWhenQuiet, Math.max(1, delay.toMillis()), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException shuttingDown) {
            planned.set(false);
        }
    }

    private void runWhenQuiet() {
        Duration quietFor = writes.quietFor();
        if (quietFor.compareTo(quiet) < 0) {
            runAfter(quiet.minus(quietFor));
            return;
        }
        planned.set(false); // a write from now on plans another run, which finds what this one left
        long start = System.nanoTime();
        try {
            long decided = refresh.refreshDue();
            if (decided > 0) {
                log.info("Decided {} leads in the background in {} ms", decided,
                        (System.nanoTime() - start) / 1_000_000);
            }
        } catch (RuntimeException e) {
            if (!stopping) {
                log.warn("Could not decide the due leads in the background; the next inbox read decides them", e);
            }
        }
    }

    @PreDestroy
    void stop() {
        stopping = true;
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
