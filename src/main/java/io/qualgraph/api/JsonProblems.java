package io.qualgraph.api;

import java.util.List;
import java.util.stream.Collectors;

import io.qualgraph.support.Problem;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Explains an unreadable JSON body in the client's terms: where in the document, and what was expected. */
final class JsonProblems {

    record Described(String detail, List<Problem.FieldError> errors) {
    }

    private JsonProblems() {
    }

    static Described describe(HttpMessageNotReadableException e) {
        return describe(e.getMostSpecificCause());
    }

    /** Also for JSON read by a controller itself (a body read under a size limit). */
    static Described describe(Throwable cause) {
        if (cause instanceof UnrecognizedPropertyException unknown) {
            String path = path(unknown);
            return one(path, "unknown field '" + unknown.getPropertyName() + "'; known fields: "
                    + unknown.getKnownPropertyIds());
        }
        if (cause instanceof InvalidFormatException format && (format.getTargetType() == String.class
                || format.getTargetType() == Double.class)) {
            return one(path(format), format.getOriginalMessage());
        }
        if (cause instanceof InvalidFormatException format && isWhole(format.getTargetType())) {
            return one(path(format), "must be a whole number from " + range(format.getTargetType()) + ", was "
                    + format.getValue());
        }
        if (cause instanceof InvalidFormatException format) {
            return one(path(format), "cannot read '" + format.getValue() + "' as " + typeName(format.getTargetType()));
        }
        if (cause instanceof MismatchedInputException mismatch) {
            return one(path(mismatch), "expected " + typeName(mismatch.getTargetType()));
        }
        if (cause instanceof JacksonException json && !json.getPath().isEmpty()) {
            return one(path(json), json.getOriginalMessage());
        }
        if (cause instanceof JacksonException json) {
            String location = json.getLocation() == null ? "" : " at line " + json.getLocation().getLineNr()
                    + ", column " + json.getLocation().getColumnNr();
            return new Described("Malformed JSON" + location + ": " + json.getOriginalMessage(), List.of());
        }
        return new Described("The request body is missing or is not valid JSON", List.of());
    }

    private static Described one(String path, String message) {
        return new Described(path + ": " + message, List.of(new Problem.FieldError(path, message)));
    }

    private static String path(JacksonException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? "." + ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining());
        return path.isEmpty() ? "$" : "$" + path;
    }

    private static boolean isWhole(Class<?> type) {
        return type == Long.class || type == long.class || type == Integer.class || type == int.class;
    }

    private static String range(Class<?> type) {
        return type == Long.class || type == long.class ? Long.MIN_VALUE + " to " + Long.MAX_VALUE
                : Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
    }

    private static String typeName(Class<?> type) {
        if (type == null) {
            return "another type";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        return type.getSimpleName();
    }
}
