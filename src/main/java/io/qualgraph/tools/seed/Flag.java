package io.qualgraph.tools.seed;

import java.time.LocalDate;
import java.util.Map;

/** A generated KYC flag on a person or entity ({@code subject}). */
record Flag(String id, String subject, String type, String severity, String source, LocalDate listedAt,
        LocalDate delistedAt) {

    Map<String, Object> row() {
        return Rows.of("id", id, "subject", subject, "type", type, "severity", severity, "source", source,
                "listedAt", listedAt, "delistedAt", delistedAt);
    }
}
