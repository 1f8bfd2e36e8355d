package io.qualgraph.lead;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.qualgraph.accounts.AccountAnswer;
import io.qualgraph.accounts.AccountQualification;
import io.qualgraph.scoringmodels.ScoringModels;
import io.qualgraph.scoring.Seniority;
import io.qualgraph.scoring.EngagementType;
import io.qualgraph.scoring.Horizon;
import io.qualgraph.scoring.ScoringModel;
import io.qualgraph.support.Graph;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Component;

/**
 * Evaluates leads at an instant: one statement reads the leads with their contacts' signals and decisions (with the
 * model it guessed in force, confirmed by the activations the statement returns, read again when wrong), the account
 * engine answers for their employers' families at once (the same scores, risk gate and point-in-time reads as
 * {@code GET /api/accounts/{id}/score}, each family scored once), and the pure decider decides.
 */
@Component
class LeadEvaluator {

    private final Graph graph;
    private final ScoringModels models;
    private final AccountQualification accounts;

    LeadEvaluator(Graph graph, ScoringModels models, AccountQualification accounts) {
        this.graph = graph;
        this.models = models;
        this.accounts = accounts;
    }

    /** The given leads as of {@code asOf}, in no particular order; unknown ids are left out. */
    List<Evaluated> evaluate(List<String> ids, Instant asOf) {
        if (ids.isEmpty()) {
            return List.of();
        }
        ScoringModel model = models.likelyAt(asOf);
        List<Record> records = graph.query("queries/lead/lead-signals", params(ids, asOf, model), r -> r);
        if (records.isEmpty()) {
            return List.of();
        }
        ScoringModel inForce = models.inForce(records.get(0).get("activations"), asOf);
        if (!inForce.version().equals(model.version())) {
            model = inForce; // the guess read the wrong horizons: read again with the model the graph says
            records = graph.query("queries/lead/lead-signals", params(ids, asOf, model), r -> r);
        }
        Set<String> entities = new LinkedHashSet<>();
        records.forEach(r -> entities.add(r.get("entityId").asString(null)));
        entities.remove(null);
        Map<String, AccountAnswer> byEntity = entities.isEmpty() ? Map.of() : accounts.ofMembers(entities, asOf);
        List<Evaluated> evaluated = new ArrayList<>(records.size());
        for (Record r : records) {
            LeadRow row = LeadRows.of(r.get("lead"), r.get("contact"), r.get("decisions"));
            String entity = r.get("entityId").asString(null);
            AccountAnswer account = entity == null ? null : byEntity.get(entity);
            LeadSignals signals = LeadSignalsReader.of(row, r, account, model);
            LeadDecision decision = LeadDecider.decide(signals, model, asOf);
            Seniority persona = signals.persona(model.lead()).orElse(null);
            evaluated.add(new Evaluated(row, signals, decision, account, model.version(),
                    persona == null ? "UNKNOWN" : persona.name(), asOf));
        }
        return evaluated;
    }

    private static Map<String, Object> params(List<String> ids, Instant asOf, ScoringModel model) {
        Map<String, Object> sinceByType = new HashMap<>();
        for (EngagementType type : EngagementType.values()) {
            sinceByType.put(type.name(), before(asOf, Horizon.days(model, type)).atZone(ZoneOffset.UTC));
        }
        return Map.of("ids", ids, "asOf", asOf.atZone(ZoneOffset.UTC),
                "since", before(asOf, Horizon.days(model)).atZone(ZoneOffset.UTC), "sinceByType", sinceByType);
    }

    private static Instant before(Instant asOf, int days) {
        return days == Integer.MAX_VALUE ? Instant.EPOCH : asOf.minus(Duration.ofDays(days));
    }
}
