package io.qualgraph.accounts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.qualgraph.entity.Families;
import io.qualgraph.risk.RiskLevel;
import io.qualgraph.risk.RiskLevels;
import io.qualgraph.scoring.ScoringModel;
import io.qualgraph.scoring.Signals;
import io.qualgraph.scoringmodels.ScoringModels;
import io.qualgraph.support.Graph;
import io.qualgraph.support.Problem;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;
import org.springframework.stereotype.Component;

/**
 * Everything one account score needs, read in one statement (account-of-member) as one auto-commit read: the family,
 * the model in force, the members' stored risk levels and the signals. Empty when that snapshot cannot be used as it
 * is (membership not maintained for the day, a stored level from another day, a model other than the one guessed for
 * the horizons), so that the caller reads the general way (ADR 0007).
 */
@Component
public class AccountReadModel {

    /** A usable snapshot of one account. */
    record Loaded(Families.Family family, ScoringModel model, Map<String, RiskLevel> levels, Signals.Account signals) {
    }

    private final Graph graph;
    private final Families families;
    private final RiskLevels risk;
    private final ScoringModels models;

    AccountReadModel(Graph graph, Families families, RiskLevels risk, ScoringModels models) {
        this.graph = graph;
        this.families = families;
        this.risk = risk;
        this.models = models;
    }

    /**
     * The snapshot of the account of {@code entityId} at {@code asOf}, or empty when the general read is needed.
     *
     * @throws Problem 404 when no legal entity has that id
     */
    public Optional<Loaded> load(String entityId, Instant asOf) {
        ScoringModel guess = models.likelyAt(asOf);
        Map<String, Object> parameters = new HashMap<>(SignalLoader.params(List.of(), asOf, guess));
        parameters.put("id", entityId);
        Record row = graph.query("queries/scoring/account-of-member", parameters, r -> r).stream().findFirst()
                .orElseThrow(() -> Problem.notFound("legal entity", entityId));
        ScoringModel model = models.inForce(row.get("activations"), asOf);
        if (!families.maintainedOn(row, asOf) || !model.version().equals(guess.version())) {
            return Optional.empty();
        }
        List<List<String>> memberAndParent = new ArrayList<>();
        Map<String, MapAccessor> byId = new HashMap<>();
        Map<String, RiskLevel> levels = new HashMap<>();
        for (Value member : row.get("members").values()) {
            String id = member.get("id").asString();
            Optional<RiskLevel> level = risk.storedLevel(member.get("risk"), asOf);
            if (level.isEmpty()) {
                return Optional.empty();
            }
            levels.put(id, level.get());
            memberAndParent.add(Arrays.asList(id, member.get("parent").asString(null)));
            byId.put(id, member);
        }
        return families.maintained(row.get("family").asString(), memberAndParent)
                .map(family -> new Loaded(family, model, levels, SignalLoader.account(family, byId)));
    }
}
