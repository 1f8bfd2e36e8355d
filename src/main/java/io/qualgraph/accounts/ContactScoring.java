package io.qualgraph.accounts;

import java.time.Instant;
import java.util.List;

import io.qualgraph.entity.Families;
import io.qualgraph.scoring.ContactScore;
import io.qualgraph.scoring.ContactScorer;
import io.qualgraph.scoring.ScoringModel;
import io.qualgraph.scoringmodels.ScoringModels;
import io.qualgraph.support.Problem;
import org.springframework.stereotype.Service;

/** Scores one contact with the model in force at {@code asOf}, its roles and its place in the family. */
@Service
public class ContactScoring {

    private final Families families;
    private final ScoringModels models;
    private final SignalLoader loader;

    ContactScoring(Families families, ScoringModels models, SignalLoader loader) {
        this.families = families;
        this.models = models;
        this.loader = loader;
    }

    /**
     * The contact's score as of {@code asOf}.
     *
     * @throws Problem 404 when no contact has that id
     */
    public ContactScore contact(String contactId, Instant asOf) {
        String employer = loader.employerOf(contactId)
                .orElseThrow(() -> Problem.notFound("contact", contactId)).orElse(null);
        List<String> path = employer == null ? List.of() : families.familyOf(employer, asOf)
                .flatMap(f -> f.members().stream().filter(m -> m.entityId().equals(employer)).findFirst())
                .map(Families.Member::controlPath).orElse(List.of(employer));
        ScoringModel model = models.activeAt(asOf);
        return ContactScorer.score(loader.contact(contactId, asOf, model, path).orElseThrow(
                () -> Problem.notFound("contact", contactId)), model, asOf);
    }
}
