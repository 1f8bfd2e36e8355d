package io.qualgraph.support;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A domain failure that becomes one RFC 9457 problem: status, title, detail and, for bad input,
 * every offending field with the rule it broke. Create through the static factories.
 */
public class Problem extends RuntimeException {

    /** One bad field or row: a JSON-path-like location and the rule it broke. */
    public record FieldError(String path, String message) {
    }

    private final HttpStatus status;
    private final String title;
    private final List<FieldError> errors;

    protected Problem(HttpStatus status, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public static Problem notFound(String kind, String id) {
        return new Problem(HttpStatus.NOT_FOUND, kind + " not found", "No " + kind + " with id '" + id + "'", List.of());
    }

    public static Problem invalid(String path, String message) {
        return invalid(List.of(new FieldError(path, message)));
    }

    public static Problem invalid(List<FieldError> errors) {
        String detail = errors.size() == 1 ? errors.get(0).path() + ": " + errors.get(0).message()
                : errors.size() + " invalid fields or rows; nothing was written";
        return new Problem(HttpStatus.BAD_REQUEST, "Invalid input", detail, errors);
    }

    public static Problem conflict(String detail) {
        return new Problem(HttpStatus.CONFLICT, "Conflict", detail, List.of());
    }

    public static Problem tooLarge(String detail) {
        return new Problem(HttpStatus.CONTENT_TOO_LARGE, "Request too large", detail, List.of());
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
