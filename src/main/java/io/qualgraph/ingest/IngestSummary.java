package io.qualgraph.ingest;

import java.util.Map;

/**
 * What one ingest did: per section the rows received and how many nodes or relationships were created
 * or had a property changed. Re-sending the same data gives zero created and zero updated.
 */
public record IngestSummary(Map<String, SectionCount> sections, long rows, long created, long updated,
        long elapsedMs) {

    /** Rows received in one section, and what they created or changed. */
    public record SectionCount(long rows, long created, long updated) {

        public SectionCount plus(SectionCount other) {
            return new SectionCount(rows + other.rows, created + other.created, updated + other.updated);
        }
    }

    public static IngestSummary of(Map<String, SectionCount> sections, long elapsedMs) {
        long rows = sections.values().stream().mapToLong(SectionCount::rows).sum();
        long created = sections.values().stream().mapToLong(SectionCount::created).sum();
        long updated = sections.values().stream().mapToLong(SectionCount::updated).sum();
        return new IngestSummary(java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sections)), rows, created, updated, elapsedMs);
    }
}
