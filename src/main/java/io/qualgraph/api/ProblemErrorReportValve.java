package io.qualgraph.api;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import io.qualgraph.support.Problem;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers the errors Tomcat reports itself, before any servlet sees the request (a URL with an encoded slash, a NUL
 * byte or a broken %-escape; an unreadable header), as problem+json like every other error instead of Tomcat's HTML
 * page. Installed on the host by {@link ContainerProblems}.
 */
final class ProblemErrorReportValve extends ErrorReportValve {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(JSON.writeValueAsString(body(status)));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client has gone or the response was already closed: nothing left to tell
        }
    }

    static Map<String, Object> body(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "Error " + status : known.getReasonPhrase();
        if (status != HttpStatus.BAD_REQUEST.value()) {
            return ProblemBodies.of(status, title, "The server could not process the request at the connection level",
                    List.of());
        }
        String rule = "must not contain an encoded slash (%2F), a NUL byte or a broken %-escape, and its headers must"
                + " be well formed";
        return ProblemBodies.of(status, title, "The server could not read the request: its URL " + rule,
                List.of(new Problem.FieldError("url", rule)));
    }
}
