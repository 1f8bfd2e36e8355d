package io.qualgraph.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The servlet container's error path, in place of Spring Boot's JSON error page: whatever is sent there (an error
 * raised outside Spring MVC, in a filter or the container) answers as an RFC 9457 problem like every other error.
 * A server error's message is logged where it happened, never shown. Not part of the API, so not in its OpenAPI
 * document.
 */
@Hidden
@RestController
class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null ? HttpStatus.resolve(value)
                : HttpStatus.INTERNAL_SERVER_ERROR;
        Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
        String detail = status.is4xxClientError() && message instanceof String text && !text.isBlank() ? text
                : status.is5xxServerError() ? "An unexpected error occurred; it has been logged" : status.getReasonPhrase();
        return ProblemAdvice.respond(status, status.getReasonPhrase(), detail, List.of());
    }
}
