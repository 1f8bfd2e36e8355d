package io.qualgraph.lead;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.qualgraph.ingest.Bundle;
import io.qualgraph.ingest.BundleIngest;
import io.qualgraph.support.Problem;
import org.springframework.stereotype.Service;

/**
 * Takes one lead in real time through the one bundle write path (validation, the write, resolution in the same
 * transaction, then every maintainer), then decides it and keeps the decision.
 */
@Service
public class LeadIntake {

    private final BundleIngest ingest;
    private final LeadEvaluator evaluator;
    private final LeadStore store;
    private final Clock clock;

    LeadIntake(BundleIngest ingest, LeadEvaluator evaluator, LeadStore store, Clock clock) {
        this.ingest = ingest;
        this.evaluator = evaluator;
        this.store = store;
        this.clock = clock;
    }

    /**
     * Writes {@code lead} (an id is generated when it has none, {@code createdAt} defaults to now) and answers its
     * qualification now.
     *
     * @throws Problem 400 naming every bad field (paths relative to the lead, e.g. {@code email}); nothing is written
     */
    public LeadQualification intake(Bundle.Lead lead) {
        if (lead == null) {
            throw Problem.invalid("$", "must be a lead object, was null");
        }
        Instant now = clock.instant();
        Bundle.Lead complete = new Bundle.Lead(lead.id() == null || lead.id().isBlank() ? "L-" + UUID.randomUUID()
                : lead.id(), lead.contact(), lead.email(), lead.name(), lead.title(), lead.seniority(), lead.department(),
                lead.phone(), lead.company(), lead.website(), lead.country(), lead.lei(), lead.source(),
                lead.createdAt() == null ? now.toString() : lead.createdAt(), lead.status(), lead.answers(),
                lead.attributes());
        Bundle bundle = Bundle.builder().add(complete).build();
        List<Problem.FieldError> errors = ingest.validate(bundle);
        if (!errors.isEmpty()) {
            throw Problem.invalid(errors.stream().map(e -> new Problem.FieldError(
                    e.path().replaceFirst("^\\$\\.leads\\[0]\\.?", ""), e.message())).toList());
        }
        ingest.write(bundle, 0); // validated above
        List<Evaluated> evaluated = evaluator.evaluate(List.of(complete.id()), now);
        store.save(evaluated, now);
        return LeadAnswers.qualification(evaluated.get(0));
    }
}
