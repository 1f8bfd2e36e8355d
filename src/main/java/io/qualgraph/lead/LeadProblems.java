package io.qualgraph.lead;

import java.time.Instant;
import java.util.List;

import io.qualgraph.support.Problem;
import org.springframework.http.HttpStatus;

/** The lead feature's failures, as problems the one advice turns into problem+json. */
final class LeadProblems extends Problem {

    private LeadProblems(HttpStatus status, String title, String detail) {
        super(status, title, detail, List.of());
    }

    static Problem unknown(String id) {
        return Problem.notFound("lead", id);
    }

    static Problem notYet(String id, Instant asOf) {
        return new LeadProblems(HttpStatus.NOT_FOUND, "lead not found",
                "Lead '" + id + "' did not exist yet at asOf " + asOf);
    }
}
