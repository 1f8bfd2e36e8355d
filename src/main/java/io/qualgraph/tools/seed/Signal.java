package io.qualgraph.tools.seed;

import java.time.Instant;
import java.util.Map;

/** A third-party intent observation about an entity. */
record Signal(String entity, String topic, double strength, long observedAt, String source) {

    Map<String, Object> row(String id) {
        return Rows.of("id", id, "entity", entity, "topic", topic, "strength", strength,
                "observedAt", Instant.ofEpochSecond(observedAt), "source", source);
    }
}
