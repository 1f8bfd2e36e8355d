package io.qualgraph.lead;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.qualgraph.support.Problem;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** One lead read at an instant: its fields and its qualification as the graph and the model stood then. */
@Service
public class LeadReads {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final LeadEvaluator evaluator;
    private final Clock clock;

    LeadReads(LeadEvaluator evaluator, Clock clock) {
        this.evaluator = evaluator;
        this.clock = clock;
    }

    /**
     * The qualification of lead {@code id} at {@code asOf} (null: now, as {@link #evaluated} reads it).
     *
     * @throws Problem 404 when there is no such lead, or it had not arrived by {@code asOf}
     */
    public LeadQualification qualification(String id, Instant asOf) {
        return LeadAnswers.qualification(evaluated(id, asOf));
    }

    /** The lead's fields and its qualification at {@code asOf}; 404 as {@link #qualification}. */
    public LeadView lead(String id, Instant asOf) {
        Evaluated e = evaluated(id, asOf);
        LeadRow r = e.row();
        Map<String, Object> attributes = r.attributes() == null ? null
                : JSON.readValue(r.attributes(), new TypeReference<Map<String, Object>>() { });
        return new LeadView(r.id(), r.contactId(), r.email(), r.name(), r.title(), r.seniority(), r.department(),
                r.phone(), r.company(), r.website(), r.country(), r.lei(), r.source(), r.createdAt(), r.status(),
                r.answers(), attributes, LeadAnswers.qualification(e));
    }

    /**
     * {@code asOf} null: now, with the current account answers ({@link LeadEvaluator#evaluateCurrent}), as the account
     * read without {@code asOf} answers.
     */
    Evaluated evaluated(String id, Instant asOf) {
        Instant at = asOf == null ? clock.instant() : asOf;
        List<Evaluated> found = asOf == null ? evaluator.evaluateCurrent(List.of(id), at)
                : evaluator.evaluate(List.of(id), at);
        if (found.isEmpty()) {
            throw LeadProblems.unknown(id);
        }
        if (found.get(0).row().createdAt().isAfter(at)) {
            throw LeadProblems.notYet(id, at);
        }
        return found.get(0);
    }
}
