package io.qualgraph.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.qualgraph.support.Problem;

/**
 * The RFC 9457 body of a problem answered outside Spring MVC (the security handlers, the servlet container), with
 * the fields {@link ProblemAdvice} gives every other problem.
 */
final class ProblemBodies {

    private ProblemBodies() {
    }

    static Map<String, Object> of(int status, String title, String detail, List<Problem.FieldError> errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        if (!errors.isEmpty()) {
            body.put("errors", errors);
        }
        return body;
    }
}
