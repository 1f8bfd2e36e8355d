package io.qualgraph.prediction;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Point-in-time reads of many items, a few in flight at once: each read is a few round trips to the database, so a
 * small pool hides their latency. Answers come back in the items' order; progress is told every 50 items.
 */
final class ParallelReads {

    /** Reads in flight at once. */
    static final int READERS = 4;

    private ParallelReads() {
    }

    static <T, R> List<R> read(List<T> items, Function<T, R> reader, String stage, Training.Progress progress) {
        ExecutorService readers = Executors.newFixedThreadPool(READERS, task -> {
            Thread thread = new Thread(task, "point-in-time-read");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<R>> reads = new ArrayList<>(items.size());
            for (T item : items) {
                reads.add(readers.submit(() -> reader.apply(item)));
            }
            List<R> answers = new ArrayList<>(items.size());
            for (Future<R> read : reads) {
                answers.add(done(read));
                if (answers.size() % 50 == 0 || answers.size() == items.size()) {
                    progress.step(stage, answers.size(), items.size());
                }
            }
            return answers;
        } finally {
            readers.shutdownNow();
        }
    }

    private static <R> R done(Future<R> read) {
        try {
            return read.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading history", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
