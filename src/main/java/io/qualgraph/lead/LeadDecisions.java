package io.qualgraph.lead;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.qualgraph.scoring.Outcome;
import io.qualgraph.support.Graph;
import io.qualgraph.support.Problem;
import io.qualgraph.support.Vocabulary;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Service;

/** Sales decisions on leads, append-only with who, when and why, and each lead's history. */
@Service
public class LeadDecisions {

    private static final int MAX_REASON = 2000;
    /** Who the history names for the stages Qualgraph computes itself (NEW, MQL). */
    private static final String COMPUTED = "qualgraph";

    /** A recorded decision and the stage it moved the lead to. */
    public record Recorded(String leadId, String id, SalesDecisionType decision, LeadStage stage, Instant at, String by,
            String reason, String opportunity) {
    }

    private final Graph graph;
    private final LeadReads reads;
    private final LeadEvaluator evaluator;
    private final LeadStore store;
    private final Clock clock;

    LeadDecisions(Graph graph, LeadReads reads, LeadEvaluator evaluator, LeadStore store, Clock clock) {
        this.graph = graph;
        this.reads = reads;
        this.evaluator = evaluator;
        this.store = store;
        this.clock = clock;
    }

    /**
     * Records {@code decision} on lead {@code leadId} by {@code by}.
     *
     * @throws Problem 400 naming the field (an unknown decision, CONVERT without an existing opportunity, REJECT
     *         without a reason), 404 for an unknown lead, 409 once the lead is converted
     */
    public Recorded record(String leadId, String decision, String reason, String opportunity, String by) {
        SalesDecisionType type = type(decision);
        List<Problem.FieldError> errors = new ArrayList<>();
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (type == SalesDecisionType.REJECT && why == null) {
            errors.add(new Problem.FieldError("reason", "is required for REJECT"));
        }
        if (why != null && why.length() > MAX_REASON) {
            errors.add(new Problem.FieldError("reason", "must have at most " + MAX_REASON + " characters"));
        }
        String opp = opportunity == null || opportunity.isBlank() ? null : opportunity.strip();
        if (type == SalesDecisionType.CONVERT && opp == null) {
            errors.add(new Problem.FieldError("opportunity", "is required for CONVERT (the opportunity's id)"));
        }
        if (type != SalesDecisionType.CONVERT && opp != null) {
            errors.add(new Problem.FieldError("opportunity", "is only given with CONVERT"));
        }
        Record context = graph.query("queries/lead/decision-context", params(leadId, opp), r -> r).get(0);
        if (!context.get("found").asBoolean()) {
            throw LeadProblems.unknown(leadId);
        }
        if (opp != null && !context.get("opportunityFound").asBoolean() && type == SalesDecisionType.CONVERT) {
            errors.add(new Problem.FieldError("opportunity", "unknown opportunity '" + opp + "'"));
        }
        if (!errors.isEmpty()) {
            throw Problem.invalid(errors);
        }
        if (Vocabulary.stored(LeadStage.class, context.get("lastStage").asString(null)) == LeadStage.CONVERTED) {
            throw Problem.conflict("Lead '" + leadId + "' is converted: no further decision can be recorded");
        }
        return write(leadId, type, why, opp, by, context.get("decisions").asLong());
    }

    private Recorded write(String leadId, SalesDecisionType type, String why, String opp, String by, long seq) {
        Instant now = clock.instant();
        Map<String, Object> d = new HashMap<>();
        d.put("id", "LD-" + UUID.randomUUID());
        d.put("decision", type.name());
        d.put("stage", type.stage().name());
        d.put("at", now.atZone(ZoneOffset.UTC));
        d.put("by", by);
        d.put("reason", why);
        d.put("opportunity", opp);
        d.put("seq", seq);
        Record r = graph.write(tx -> tx.run(graph.cypher().get("queries/lead/create-decision"),
                Map.of("id", leadId, "decision", d)).single());
        store.save(evaluator.evaluate(List.of(leadId), now), now);
        return new Recorded(leadId, r.get("id").asString(), type, type.stage(), now, by,
                r.get("reason").asString(null), r.get("opportunity").asString(null));
    }

    /** Stage changes and decisions up to {@code asOf}, oldest first; 404 as {@link LeadReads#qualification}. */
    public List<LeadHistoryEntry> history(String leadId, Instant asOf) {
        Evaluated e = reads.evaluated(leadId, asOf);
        LeadQualification q = LeadAnswers.qualification(e);
        List<LeadHistoryEntry> entries = new ArrayList<>();
        entries.add(LeadHistoryEntry.stage(e.row().createdAt(), LeadStage.NEW, COMPUTED,
                "Lead arrived" + (e.row().source() == null ? "" : " from " + e.row().source())));
        if (q.mqlAt() != null) {
            entries.add(LeadHistoryEntry.stage(q.mqlAt(), LeadStage.MQL, COMPUTED,
                    "Outcome first became " + Outcome.QUALIFIED));
        }
        for (LeadRow.SalesDecision d : e.row().decisionsAt(asOf)) {
            entries.add(LeadHistoryEntry.decision(d));
            entries.add(LeadHistoryEntry.stage(d.at(), d.stage(), d.by(), d.reason()));
        }
        return entries;
    }

    private static SalesDecisionType type(String decision) {
        if (decision == null || decision.isBlank()) {
            throw Problem.invalid("decision", "is required: one of " + Arrays.toString(SalesDecisionType.values()));
        }
        try {
            return SalesDecisionType.valueOf(decision.strip());
        } catch (IllegalArgumentException e) {
            throw Problem.invalid("decision", "unknown value '" + decision + "'; allowed: "
                    + Arrays.toString(SalesDecisionType.values()));
        }
    }

    private static Map<String, Object> params(String id, String opportunity) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", id);
        p.put("opportunity", opportunity);
        return p;
    }
}
