package io.qualgraph.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Imports large bundles for the command line and the seed loader: validated as a whole first, then
 * written in transactions of {@code qualgraph.ingest.chunk-rows} rows, reporting progress after each.
 * Unlike the API, a failure while writing leaves the chunks already committed in place.
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
        ingest.requireValid(bundle);
        long start = System.nanoTime();
        Map<String, IngestSummary.SectionCount> total = new LinkedHashMap<>();
        long done = 0;
        long rows = bundle.rowCount();
        List<Bundle> chunks = BundleChunks.split(bundle, chunkRows);
        for (Bundle chunk : chunks) {
            add(total, ingest.write(chunk, shiftDays));
            done += chunk.rowCount();
            progress.committed(done, rows);
        }
        return IngestSummary.of(total, (System.nanoTime() - start) / 1_000_000);
    }

    public static void add(Map<String, IngestSummary.SectionCount> total, IngestSummary summary) {
        summary.sections().forEach((section, count) -> total.merge(section, count, IngestSummary.SectionCount::plus));
    }
}
