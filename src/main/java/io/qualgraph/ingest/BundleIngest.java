package io.qualgraph.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.micrometer.core.instrument.MeterRegistry;
import io.qualgraph.support.ChangeSet;
import io.qualgraph.support.Graph;
import io.qualgraph.support.Maintainer;
import io.qualgraph.support.Maintainers;
import io.qualgraph.support.NewLeadsWriter;
import io.qualgraph.support.PlannerStatistics;
import io.qualgraph.support.Problem;
import io.qualgraph.support.StepTimer;
import io.qualgraph.support.WriteActivity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Writes bundles into the graph: validated as a whole, then one write transaction per bundle in which
 * every section is merged on its ids and every {@link Maintainer} refreshes derived data; after the commit, every
 * maintainer hears what was committed, and {@link PlannerStatistics} how many rows (a bulk write can leave the
 * planner's statistics behind). Each write's time is kept in the timer {@value #TIMER} (tag {@code part}: {@code rows},
 * the sections' statements; {@code derived}, the maintainers inside the transaction; {@code commit}).
 */
@Service
public class BundleIngest {

    private static final Logger log = LoggerFactory.getLogger(BundleIngest.class);

    /** The timer of a bundle write's parts. */
    public static final String TIMER = "qualgraph.ingest.write";

    private final Graph graph;
    private final KnownIds known;
    private final Maintainers maintainers;
    private final IngestSettings settings;
    private final PlannerStatistics statistics;
    private final WriteActivity activity;
    private final StepTimer rowsTimer;
    private final StepTimer derivedTimer;
    private final StepTimer commitTimer;
    private final NewLeadsWriter newLeads;

    BundleIngest(Graph graph, Maintainers maintainers, IngestSettings settings, PlannerStatistics statistics,
            WriteActivity activity, MeterRegistry meters, ObjectProvider<NewLeadsWriter> newLeads) {
        this.graph = graph;
        this.known = new GraphKnownIds(graph);
        this.maintainers = maintainers;
        this.settings = settings;
        this.statistics = statistics;
        this.activity = activity;
        this.rowsTimer = part(meters, "rows");
        this.derivedTimer = part(meters, "derived");
        this.commitTimer = part(meters, "commit");
        this.newLeads = newLeads.getIfAvailable();
    }

    private static StepTimer part(MeterRegistry meters, String part) {
        return StepTimer.register(meters, TIMER, "part", part,
                "A bundle write: the sections' statements, the maintainers inside its transaction, the commit");
    }

    /**
     * Validates and writes {@code bundle} in one transaction: all of it or, when any row is bad, nothing.
     *
     * @return rows per section and how many nodes/relationships were created or changed
     * @throws Problem 400 listing every bad row (paths like {@code $.ownership[3].share})
     */
    public IngestSummary ingest(Bundle bundle) {
        requireValid(bundle);
        return write(bundle, 0);
    }

    /** Every rule {@code bundle} breaks, checking references against the graph; empty when it may be written. */
    public List<Problem.FieldError> validate(Bundle bundle) {
        return BundleValidator.validate(bundle, known);
    }

    /** Throws a 400 problem listing every bad row unless {@code bundle} is valid. */
    public void requireValid(Bundle bundle) {
        List<Problem.FieldError> errors = validate(bundle);
        if (!errors.isEmpty()) {
            throw Problem.invalid(errors);
        }
    }

    /** Writes an already validated bundle in one transaction, every time field moved by {@code shiftDays}. */
    public IngestSummary write(Bundle bundle, long shiftDays) {
        return write(bundle, shiftDays, NewLeadsWriter.ReadAhead.NONE);
    }

    /**
     * As {@link #write(Bundle, long)}, for a bundle whose new leads' resolution {@link #readAhead} began reading (ADR
     * 0030); closes {@code ahead}.
     */
    public IngestSummary write(Bundle bundle, long shiftDays, NewLeadsWriter.ReadAhead ahead) {
        activity.began();
        try (ahead) {
            return writeNow(bundle, shiftDays, ahead);
        } finally {
            activity.ended();
        }
    }

    /**
     * Begins reading, on another thread, what resolving a validated bundle's new leads needs and no lead write changes,
     * when the bundle holds only leads (otherwise nothing): an import calls it for its next chunk before writing the
     * current one, and hands the result to {@link #write(Bundle, long, NewLeadsWriter.ReadAhead)}.
     */
    public NewLeadsWriter.ReadAhead readAhead(Bundle bundle, long shiftDays) {
        if (newLeads == null || !bundle.leadsOnly()) {
            return NewLeadsWriter.ReadAhead.NONE;
        }
        return newLeads.readAhead(() -> new SectionRows(shiftDays).of(bundle).get("leads"));
    }

    private IngestSummary writeNow(Bundle bundle, long shiftDays, NewLeadsWriter.ReadAhead ahead) {
        long start = System.nanoTime();
        Set<String> personsInGraph = known.persons(Touched.partiesOutsideBundle(bundle));
        Map<String, List<Map<String, Object>>> rows = new SectionRows(shiftDays).of(bundle);
        BundleWriter writer = new BundleWriter(graph.cypher(), settings.batchRows());
        long[] workDone = new long[1];
        boolean leadsOnly = newLeads != null && bundle.leadsOnly();
        Written written = graph.write(tx -> {
            long begun = System.nanoTime();
            Map<String, IngestSummary.SectionCount> sections = new LinkedHashMap<>();
            Set<String> resolved = Set.of();
            if (leadsOnly) {
                BundleWriter.LeadsWritten leads = writer.writeLeadsOnly(tx, rows.get("leads"), newLeads, ahead);
                sections.put("leads", leads.count());
                resolved = leads.resolved();
            } else {
                sections.putAll(writer.write(tx, rows));
            }
            long rowsDone = rowsTimer.since(begun);
            ChangeSet changes = Touched.changeSet(bundle, personsInGraph, sections, resolved);
            maintainers.refresh(tx, changes);
            workDone[0] = derivedTimer.since(rowsDone);
            return new Written(sections, changes);
        });
        commitTimer.since(workDone[0]);
        maintainers.committed(written.changes());
        statistics.committed(bundle.rowCount());
        Map<String, IngestSummary.SectionCount> counts = written.sections();
        IngestSummary summary = IngestSummary.of(counts, (System.nanoTime() - start) / 1_000_000);
        log.debug("Ingested {} rows: {} created, {} updated in {} ms", summary.rows(), summary.created(),
                summary.updated(), summary.elapsedMs());
        return summary;
    }

    private record Written(Map<String, IngestSummary.SectionCount> sections, ChangeSet changes) {
    }

    public IngestSettings settings() {
        return settings;
    }
}
