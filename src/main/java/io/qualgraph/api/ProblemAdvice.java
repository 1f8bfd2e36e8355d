package io.qualgraph.api;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.qualgraph.support.Problem;
import io.qualgraph.support.StrictJson;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Turns every failure into an RFC 9457 problem that names the field and the rule broken. */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);
    private static final Pattern PARAMETER = Pattern.compile("Parameter \\[([^\\]]{1,100})\\]");

    @ExceptionHandler(Problem.class)
    ResponseEntity<ProblemDetail> domain(Problem problem) {
        return respond(status(problem.kind()), problem.title(), problem.getMessage(), problem.errors());
    }

    /** The one place a domain problem's kind becomes an HTTP status. */
    static HttpStatus status(Problem.Kind kind) {
        return switch (kind) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case INVALID -> HttpStatus.BAD_REQUEST;
            case CONFLICT -> HttpStatus.CONFLICT;
            case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
        };
    }

    @ExceptionHandler({ServiceUnavailableException.class, SessionExpiredException.class,
            TransientDataAccessResourceException.class})
    ResponseEntity<ProblemDetail> databaseDown(RuntimeException e) {
        log.warn("Graph database unavailable: {}", e.getMessage());
        return respond(HttpStatus.SERVICE_UNAVAILABLE, "Graph database unavailable",
                "The Neo4j database cannot be reached; retry shortly", List.of());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        String expected = e.getRequiredType() == null ? "another type" : e.getRequiredType().getSimpleName();
        return respond(HttpStatus.BAD_REQUEST, "Invalid input", e.getName() + ": must be " + describe(e.getRequiredType(), expected),
                List.of(new Problem.FieldError(e.getName(), "must be " + describe(e.getRequiredType(), expected))));
    }

    /** Tomcat decodes query values only when a controller asks for one, and then fails on bytes that are not UTF-8. */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> undecodableParameter(InvalidParameterException e) {
        Matcher named = PARAMETER.matcher(String.valueOf(e.getMessage()));
        String name = named.find() && StrictJson.loneSurrogate(named.group(1)) < 0
                && named.group(1).chars().allMatch(c -> c < 128 && c >= 32) ? named.group(1) : "query";
        String rule = "must be valid UTF-8 once %-decoded";
        return respond(HttpStatus.BAD_REQUEST, "Invalid input", name + ": " + rule,
                List.of(new Problem.FieldError(name, rule)));
    }

    @ExceptionHandler(tools.jackson.core.JacksonException.class)
    ResponseEntity<ProblemDetail> unreadableJson(tools.jackson.core.JacksonException e) {
        JsonProblems.Described described = JsonProblems.describe(e);
        return respond(HttpStatus.BAD_REQUEST, "Unreadable request body", described.detail(), described.errors());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unexpected failure", e);
        return respond(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                "An unexpected error occurred; it has been logged", List.of());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Problem.FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new Problem.FieldError(f.getField(), f.getDefaultMessage()))
                .toList();
        return asObject(respond(HttpStatus.BAD_REQUEST, "Invalid input", errors.size() + " invalid field(s)", errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        JsonProblems.Described described = JsonProblems.describe(e);
        return asObject(respond(HttpStatus.BAD_REQUEST, "Unreadable request body", described.detail(),
                described.errors()));
    }

    private static String describe(Class<?> type, String fallback) {
        if (type != null && type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        return "a valid " + fallback;
    }

    private static ResponseEntity<Object> asObject(ResponseEntity<ProblemDetail> response) {
        return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders()).body(response.getBody());
    }

    static ResponseEntity<ProblemDetail> respond(HttpStatus status, String title, String detail,
            List<Problem.FieldError> errors) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setTitle(title);
        body.setType(URI.create("about:blank"));
        if (!errors.isEmpty()) {
            body.setProperties(Map.of("errors", errors));
        }
        return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}
