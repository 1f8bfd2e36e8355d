package io.qualgraph.support;

import java.util.List;

/**
 * A domain failure that becomes one RFC 9457 problem: its kind, title, detail and, for bad input, every offending
 * field with the rule it broke. Create through the static factories; the REST layer maps the kind to a status.
 */
public class Problem extends RuntimeException {

    /** What went wrong, in the domain's words; the one advice of the REST layer gives each its HTTP status. */
    public enum Kind {
        /** The named thing does not exist (or did not yet at the instant asked for). */
        NOT_FOUND,
        /** The input breaks a rule; {@link #errors()} names each field. */
        INVALID,
        /** The request is valid but collides with the state (a run in progress, a model not validated). */
        CONFLICT,
        /** The input is larger than the configured limit. */
        TOO_LARGE
    }

    /** One bad field or row: a JSON-path-like location and the rule it broke. */
    public record FieldError(String path, String message) {
    }

    private final Kind kind;
    private final String title;
    private final List<FieldError> errors;

    protected Problem(Kind kind, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.kind = kind;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public static Problem notFound(String kind, String id) {
        return new Problem(Kind.NOT_FOUND, kind + " not found", "No " + kind + " with id '" + id + "'", List.of());
    }

    public static Problem invalid(String path, String message) {
        return invalid(List.of(new FieldError(path, message)));
    }

    public static Problem invalid(List<FieldError> errors) {
        String detail = errors.size() == 1 ? errors.get(0).path() + ": " + errors.get(0).message()
                : errors.size() + " invalid fields or rows; nothing was written";
        return new Problem(Kind.INVALID, "Invalid input", detail, errors);
    }

    public static Problem conflict(String detail) {
        return new Problem(Kind.CONFLICT, "Conflict", detail, List.of());
    }

    public static Problem tooLarge(String detail) {
        return new Problem(Kind.TOO_LARGE, "Request too large", detail, List.of());
    }

    public Kind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
