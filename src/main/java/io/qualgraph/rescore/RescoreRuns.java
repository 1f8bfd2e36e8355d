package io.qualgraph.rescore;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import io.qualgraph.support.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/**
 * Bulk re-score runs started through the admin API: one at a time, on a background thread, so that the caller gets
 * the run's id at once and reads its progress while it runs. The statuses of the last {@value #KEPT} runs of this
 * process are kept in memory; any other finished run (older, or run by another process or the command) answers from
 * what it stored in the graph.
 */
@Service
public class RescoreRuns implements DisposableBean {

    static final int KEPT = 20;
    private static final Logger LOG = LoggerFactory.getLogger(RescoreRuns.class);

    /** Where a run is. */
    public enum State { RUNNING, DONE, FAILED }

    /**
     * A run's status: accounts scored of all ({@code total} is null until the families are listed), and once finished
     * what it stored ({@code result}) or why it failed ({@code error}).
     */
    public record Status(String id, State state, Instant startedAt, int scored, Integer total, Instant finishedAt,
            Rescore.Run result, String error) {

        Status progressed(int done, int all) {
            return new Status(id, state, startedAt, done, all, null, null, null);
        }

        Status done(Rescore.Run run, Instant at) {
            return new Status(id, State.DONE, startedAt, run.accounts(), run.accounts(), at, run, null);
        }

        static Status stored(Rescore.Run run) {
            return new Status(run.id(), State.DONE, run.asOf(), run.accounts(), run.accounts(), run.storedAt(), run, null);
        }

        Status failed(String why, Instant at) {
            return new Status(id, State.FAILED, startedAt, scored, total, at, null, why);
        }
    }

    private final Rescore rescore;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "rescore");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, AtomicReference<Status>> runs = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, AtomicReference<Status>> eldest) {
            return size() > KEPT;
        }
    };
    private String running;

    RescoreRuns(Rescore rescore, Clock clock) {
        this.rescore = rescore;
        this.clock = clock;
    }

    /**
     * Starts a run in the background and returns its first status.
     *
     * @throws Problem conflict while another run is in progress (naming it)
     */
    public synchronized Status start() {
        if (running != null) {
            throw Problem.conflict("Re-score run " + running + " is in progress; read its status at /api/admin/rescore/"
                    + running);
        }
        String id = UUID.randomUUID().toString();
        AtomicReference<Status> status = new AtomicReference<>(
                new Status(id, State.RUNNING, clock.instant(), 0, null, null, null, null));
        runs.put(id, status);
        running = id;
        worker.execute(() -> execute(id, status));
        return status.get();
    }

    /** The status of run {@code id}: from memory while it is one of this process's last {@value #KEPT}, else stored. */
    public Optional<Status> status(String id) {
        Optional<Status> kept;
        synchronized (this) {
            kept = Optional.ofNullable(runs.get(id)).map(AtomicReference::get);
        }
        return kept.isPresent() ? kept : rescore.stored(id).map(Status::stored);
    }

    /** Runs the re-score; the worker is free again before the final status shows, so a caller seeing it may start. */
    private void execute(String id, AtomicReference<Status> status) {
        Status last = null;
        try {
            Rescore.Run run = rescore.run(id, (done, total) -> status.updateAndGet(s -> s.progressed(done, total)));
            last = status.get().done(run, clock.instant());
        } catch (RuntimeException e) {
            LOG.error("Re-score run {} failed", id, e);
            last = status.get().failed(e.getClass().getSimpleName() + ": " + e.getMessage(), clock.instant());
        } finally {
            synchronized (this) {
                running = null;
                status.set(last != null ? last : status.get().failed("the run stopped", clock.instant()));
            }
        }
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
