package io.qualgraph.lead;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.qualgraph.scoring.ScoringModel;
import io.qualgraph.support.ChangeSet;
import io.qualgraph.support.Graph;
import io.qualgraph.support.NewLeadsWriter;
import org.neo4j.driver.TransactionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the entity and name steps of resolution ({@link CandidatesLookup#entitiesAndNames}) for a batch of new leads on
 * a thread of their own, in a read transaction of their own, so that an import reads them for its next chunk while the
 * current chunk is written (ADR 0030). Those steps read legal entities only, which no lead write changes. A write that
 * may change them (its {@link ChangeSet} names entities, or parties or ownership changed) moves a generation on, when
 * its maintainers run and again once it has committed; a read begun before that is not taken, and the write that would
 * have taken it reads for itself, inside its own transaction, as it always did. So is a read made under another
 * scoring model than the write's, or one that failed. Counted in {@value ResolutionTimer#READ_AHEAD}, tagged
 * {@code taken}.
 */
final class EntityReadAheads implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EntityReadAheads.class);

    private final Graph graph;
    private final AtomicLong entityWrites = new AtomicLong();
    private final ExecutorService reader = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "lead-read-ahead");
        thread.setDaemon(true);
        return thread;
    });
    private final Counter taken;
    private final Counter notTaken;

    EntityReadAheads(Graph graph, MeterRegistry meters) {
        this.graph = graph;
        this.taken = ResolutionTimer.readAhead(meters, true);
        this.notTaken = ResolutionTimer.readAhead(meters, false);
    }

    /** What one read found, and under which scoring model's rules. */
    record Read(String modelVersion, CandidatesLookup.EntityCandidates found) {
    }

    /** Told of every write, inside it and once it has committed. */
    void written(ChangeSet changes) {
        if (!changes.entityIds().isEmpty() || changes.partiesChanged() || changes.ownershipChanged()) {
            entityWrites.incrementAndGet();
        }
    }

    /** Begins {@code read} in a read transaction on the read-ahead thread. */
    Handle begin(Function<TransactionContext, Read> read) {
        long generation = entityWrites.get();
        return new Handle(generation, reader.submit(() -> graph.read(read)));
    }

    @Override
    public void close() {
        reader.shutdownNow();
    }

    /** A read begun by {@link #begin}. */
    final class Handle implements NewLeadsWriter.ReadAhead {

        private final long generation;
        private final Future<Read> read;

        private Handle(long generation, Future<Read> read) {
            this.generation = generation;
            this.read = read;
        }

        /** What was read, waiting for it, when it holds for a write under {@code model}; otherwise null. */
        CandidatesLookup.EntityCandidates takeFor(ScoringModel model) {
            CandidatesLookup.EntityCandidates found = holdingFor(model);
            (found == null ? notTaken : taken).increment();
            return found;
        }

        private CandidatesLookup.EntityCandidates holdingFor(ScoringModel model) {
            if (generation != entityWrites.get()) {
                return null;
            }
            try {
                Read done = read.get();
                return done.modelVersion().equals(model.version()) ? done.found() : null;
            } catch (ExecutionException e) {
                log.debug("A lead read-ahead failed; the write reads for itself", e.getCause());
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }

        /** Lets a read no write took finish unheeded (interrupting the driver mid-statement would cost its connection). */
        @Override
        public void close() {
            read.cancel(false);
        }
    }
}
