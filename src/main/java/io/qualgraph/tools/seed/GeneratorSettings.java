package io.qualgraph.tools.seed;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What to generate: {@code scale} multiplies families, entities, persons, contacts and events (1 = the demo
 * seed: ~200 families, ~1,600 entities, ~4,200 contacts, ~12,000 events, most families cold as in a real funnel);
 * {@code seed} fixes every random draw;
 * all events fall in the 18 months before {@code referenceDate}; a bundle chunk holds at most {@code chunkRows}
 * rows.
 */
public record GeneratorSettings(int scale, long seed, LocalDate referenceDate, int chunkRows) {

    public static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 10, 31);
    public static final long DEFAULT_SEED = 20261031L;
    public static final int DEFAULT_CHUNK_ROWS = 20_000;

    public GeneratorSettings {
        Objects.requireNonNull(referenceDate, "referenceDate");
        if (scale < 1 || scale > 10_000) {
            throw new IllegalArgumentException("scale must be 1..10000, was " + scale);
        }
        if (chunkRows < 100) {
            throw new IllegalArgumentException("chunkRows must be at least 100, was " + chunkRows);
        }
    }

    /** The demo seed: scale 1, the default seed and reference date. */
    public static GeneratorSettings defaults() {
        return new GeneratorSettings(1, DEFAULT_SEED, REFERENCE_DATE, DEFAULT_CHUNK_ROWS);
    }

    public GeneratorSettings withScale(int value) {
        return new GeneratorSettings(value, seed, referenceDate, chunkRows);
    }

    public GeneratorSettings withSeed(long value) {
        return new GeneratorSettings(scale, value, referenceDate, chunkRows);
    }

    public GeneratorSettings withChunkRows(int value) {
        return new GeneratorSettings(scale, seed, referenceDate, value);
    }

    /** The first day events may fall on: 18 months before the reference date. */
    public LocalDate windowStart() {
        return referenceDate.minusMonths(18);
    }
}
