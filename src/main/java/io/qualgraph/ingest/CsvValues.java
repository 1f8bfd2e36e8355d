package io.qualgraph.ingest;

import java.util.Locale;

/** Reads one CSV cell as the type of its bundle field, or reports why it cannot. */
final class CsvValues {

    private CsvValues() {
    }

    static Object convert(Class<?> type, String text, String path, Errors errors) {
        try {
            if (type == Long.class) {
                return Long.parseLong(text);
            }
            if (type == Double.class) {
                return Double.parseDouble(text);
            }
        } catch (NumberFormatException e) {
            errors.add(path, (type == Long.class ? "must be a whole number" : "must be a number") + ", was '" + text + "'");
            return null;
        }
        if (type == Boolean.class) {
            String value = text.toLowerCase(Locale.ROOT);
            if (value.equals("true") || value.equals("false")) {
                return Boolean.valueOf(value);
            }
            errors.add(path, "must be true or false, was '" + text + "'");
            return null;
        }
        return text;
    }
}
