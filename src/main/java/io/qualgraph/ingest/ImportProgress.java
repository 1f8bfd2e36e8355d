package io.qualgraph.ingest;

import java.io.PrintStream;
import java.nio.file.Path;

import io.qualgraph.support.Problem;

/** The import command's output: a line per committed chunk (at most every 2 s), a summary, or the errors. */
public final class ImportProgress implements ChunkedImport.Progress {

    private static final long EVERY_NANOS = 2_000_000_000L;
    private static final int ERRORS_SHOWN = 50;

    private final PrintStream out;
    private final Path file;
    private final long start = System.nanoTime();
    private long lastPrinted;
    private long committedRows;

    public ImportProgress(PrintStream out, Path file) {
        this.out = out;
        this.file = file;
    }

    public void beforeChunk(long rowsDone) {
        committedRows = rowsDone;
    }

    @Override
    public void committed(long rowsDone, long rowsTotal) {
        committedRows = rowsDone;
        long now = System.nanoTime();
        if (now - lastPrinted >= EVERY_NANOS || rowsDone == rowsTotal) {
            lastPrinted = now;
            String of = rowsTotal < 0 ? "" : " of " + rowsTotal;
            out.printf("import: %,d%s rows committed (%,.0f rows/s)%n", rowsDone, of, rate(rowsDone));
        }
    }

    public void done(IngestSummary summary) {
        out.printf("import: %s done: %,d rows, %,d created, %,d updated in %,d ms, validation included "
                        + "(%,.0f rows/s; %,d ms writing); committed in chunks%n", file.getFileName(), summary.rows(),
                summary.created(), summary.updated(), (System.nanoTime() - start) / 1_000_000, rate(summary.rows()),
                summary.elapsedMs());
        summary.sections().forEach((section, count) -> out.printf("  %-14s %,9d rows %,9d created %,9d updated%n",
                section, count.rows(), count.created(), count.updated()));
    }

    public void failed(Problem problem) {
        out.println("import: " + file.getFileName() + " rejected: " + problem.getMessage());
        problem.errors().stream().limit(ERRORS_SHOWN).forEach(e -> out.println("  " + e.path() + ": " + e.message()));
        if (problem.errors().size() > ERRORS_SHOWN) {
            out.println("  … and " + (problem.errors().size() - ERRORS_SHOWN) + " more");
        }
        out.printf("import: %,d rows were committed before this (earlier chunks stay)%n", committedRows);
    }

    private double rate(long rows) {
        double seconds = Math.max(1e-3, (System.nanoTime() - start) / 1e9);
        return rows / seconds;
    }
}
