package io.qualgraph.ingest.sources;

import tools.jackson.databind.JsonNode;

/** Null-safe reads of optional JSON fields. */
public final class Json {

    private Json() {
    }

    /** The text at {@code path} (fields separated by '/'), or null when absent, null or not a scalar. */
    public static String text(JsonNode node, String path) {
        JsonNode at = at(node, path);
        return at == null || !at.isValueNode() || at.isNull() ? null : at.asString();
    }

    public static Double number(JsonNode node, String path) {
        JsonNode at = at(node, path);
        return at == null || !at.isNumber() ? null : at.asDouble();
    }

    public static JsonNode at(JsonNode node, String path) {
        JsonNode at = node;
        for (String field : path.split("/")) {
            if (at == null || !at.isObject() || !at.has(field)) {
                return null;
            }
            at = at.get(field);
        }
        return at;
    }

    public static Iterable<JsonNode> each(JsonNode node, String path) {
        JsonNode at = at(node, path);
        return at != null && at.isArray() ? at : java.util.List.of();
    }
}
