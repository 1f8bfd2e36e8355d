package io.qualgraph.lead;

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

    LeadReads(LeadEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    /**
     * The qualification of lead {@code id} at {@code asOf}.
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

    Evaluated evaluated(String id, Instant asOf) {
        List<Evaluated> found = evaluator.evaluate(List.of(id), asOf);
        if (found.isEmpty()) {
            throw LeadProblems.unknown(id);
        }
        if (found.get(0).row().createdAt().isAfter(asOf)) {
            throw LeadProblems.notYet(id, asOf);
        }
        return found.get(0);
    }
}
