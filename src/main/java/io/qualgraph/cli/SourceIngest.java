package io.qualgraph.cli;

import java.io.PrintStream;
import java.nio.file.Path;

import io.qualgraph.ingest.Bundle;
import io.qualgraph.ingest.BundleIngest;
import io.qualgraph.ingest.ImportProgress;
import io.qualgraph.support.Problem;

/**
 * Writes the bundle an importer of a public format converted through the one write path (validated, one transaction,
 * every maintainer run) and prints the summary or, when a row is bad, every error with nothing written.
 */
final class SourceIngest {

    private SourceIngest() {
    }

    /** @return 0 when written, 1 when the bundle was rejected */
    static int write(BundleIngest ingest, Path file, Bundle bundle, PrintStream out) {
        ImportProgress progress = new ImportProgress(out, file);
        try {
            progress.done(ingest.ingest(bundle));
            return 0;
        } catch (Problem problem) {
            progress.failed(problem);
            return 1;
        }
    }
}
