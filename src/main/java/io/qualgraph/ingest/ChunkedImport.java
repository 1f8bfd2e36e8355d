package io.qualgraph.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.qualgraph.support.NewLeadsWriter;
import org.springframework.stereotype.Component;

/**
 * Imports large bundles for the command line and the seed loader: validated as a whole first, then
 * written in transactions of {@code qualgraph.ingest.chunk-rows} rows, reporting progress after each.
 * Unlike the API, a failure while writing leaves the chunks already committed in place. Before each chunk is written,
 * the next one's lead resolution begins reading what no lead write changes on another thread
 * ({@link BundleIngest#readAhead}, ADR 0030), so that on a machine with a second core the two overlap.
 */
@Component
public class ChunkedImport {

    /** Told after each committed chunk. */
    public interface Progress {
        void committed(long rowsDone, long rowsTotal);
    }

    private final BundleIngest ingest;

    ChunkedImport(BundleIngest ingest) {
        this.ingest = ingest;
    }

    public IngestSummary run(Bundle bundle, long shiftDays, Progress progress) {
        return run(bundle, shiftDays, ingest.settings().chunkRows(), progress);
    }

    /** As {@link #run(Bundle, long, Progress)}, in transactions of {@code chunkRows} rows. */
    public IngestSummary run(Bundle bundle, long shiftDays, int chunkRows, Progress progress) {
        NewLeadsWriter.ReadAhead next = firstReadAhead(bundle, shiftDays, chunkRows);
        try {
            ingest.requireValid(bundle);
            long start = System.nanoTime();
            Map<String, IngestSummary.SectionCount> total = new LinkedHashMap<>();
            long done = 0;
            long rows = bundle.rowCount();
            List<Bundle> chunks = BundleChunks.split(bundle, chunkRows);
            for (int i = 0; i < chunks.size(); i++) {
                NewLeadsWriter.ReadAhead current = next;
                next = i + 1 < chunks.size() ? ingest.readAhead(chunks.get(i + 1), shiftDays)
                        : NewLeadsWriter.ReadAhead.NONE;
                add(total, ingest.write(chunks.get(i), shiftDays, current));
                done += chunks.get(i).rowCount();
                progress.committed(done, rows);
            }
            return IngestSummary.of(total, (System.nanoTime() - start) / 1_000_000);
        } finally {
            next.close();
        }
    }

    /**
     * The first chunk's read-ahead, begun before the bundle is validated so that the two overlap: it only reads, and
     * its rows are made on the read-ahead thread, where a bad row only makes it fail (and validation then refuses the
     * bundle). The first chunk of a bundle of leads alone is its first {@code chunkRows} leads.
     */
    private NewLeadsWriter.ReadAhead firstReadAhead(Bundle bundle, long shiftDays, int chunkRows) {
        if (!bundle.leadsOnly()) {
            return NewLeadsWriter.ReadAhead.NONE;
        }
        BundleBuilder first = Bundle.builder();
        bundle.leads().subList(0, Math.min(chunkRows, bundle.leads().size())).forEach(first::add);
        return ingest.readAhead(first.build(), shiftDays);
    }

    public static void add(Map<String, IngestSummary.SectionCount> total, IngestSummary summary) {
        summary.sections().forEach((section, count) -> total.merge(section, count, IngestSummary.SectionCount::plus));
    }
}
