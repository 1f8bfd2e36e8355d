package io.qualgraph.ingest;

import java.io.StringReader;
import java.util.List;

import io.qualgraph.support.Problem;
import org.springframework.stereotype.Service;

/** Ingests one bundle section given as CSV (header row of bundle field names), with bundle semantics. */
@Service
public class CsvIngest {

    private final BundleIngest bundles;

    CsvIngest(BundleIngest bundles) {
        this.bundles = bundles;
    }

    /**
     * Validates and writes every row of {@code csv} in one transaction, or nothing.
     *
     * @param section a bundle section name ({@code entities}, {@code ownership}, …, or {@code committee}
     *                with columns opportunity, contact, role)
     * @throws Problem 400 listing every bad row as {@code line 7, column share}; 413 beyond {@code maxRows}
     */
    public IngestSummary ingest(String section, String csv, int maxRows) {
        CsvChunks chunks = CsvChunks.open(section, new StringReader(csv));
        CsvChunks.Chunk chunk = chunks.next(maxRows);
        if (chunks.hasMore()) {
            throw Problem.tooLarge("The CSV has more than " + maxRows
                    + " rows (qualgraph.ingest.max-rows); split it, or use the command line import");
        }
        requireValid(chunk);
        return bundles.write(chunk.bundle(), 0);
    }

    /** Throws a 400 problem listing every unreadable or invalid row of {@code chunk}. */
    public void requireValid(CsvChunks.Chunk chunk) {
        List<Problem.FieldError> errors = chunk.withValidation(bundles.validate(chunk.bundle()));
        if (!errors.isEmpty()) {
            throw Problem.invalid(errors);
        }
    }
}
