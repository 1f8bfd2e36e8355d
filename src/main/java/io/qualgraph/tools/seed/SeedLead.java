package io.qualgraph.tools.seed;

import java.time.Instant;
import java.util.Map;

/** An inbound or outbound lead about a contact; {@code attributes} depend on the source. */
record SeedLead(String contact, String source, long createdAt, String status, Map<String, Object> attributes) {

    Map<String, Object> row(String id) {
        return Rows.of("id", id, "contact", contact, "source", source, "createdAt", Instant.ofEpochSecond(createdAt),
                "status", status, "attributes", attributes);
    }
}
