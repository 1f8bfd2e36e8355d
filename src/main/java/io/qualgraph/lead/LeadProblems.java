package io.qualgraph.lead;

import java.time.Instant;
import java.util.List;

import io.qualgraph.support.Problem;

/** The lead feature's failures, as problems the one advice turns into problem+json. */
final class LeadProblems extends Problem {

    private LeadProblems(Kind kind, String title, String detail) {
        super(kind, title, detail, List.of());
    }

    static Problem unknown(String id) {
        return Problem.notFound("lead", id);
    }

    static Problem notYet(String id, Instant asOf) {
        return new LeadProblems(Kind.NOT_FOUND, "lead not found", "Lead '" + id + "' did not exist yet at asOf " + asOf);
    }
}
