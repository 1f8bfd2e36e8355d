package io.qualgraph.risk;

import io.qualgraph.support.ChangeSet;
import io.qualgraph.support.Graph;
import io.qualgraph.support.Maintainers;
import io.qualgraph.support.Problem;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/** The compliance review trail: append-only decisions, their status against today's evidence, and the queue. */
@Service
public class ReviewService {

    /** One queue row: an entity needing review, highest risk first. */
    public record QueueItem(String entityId, String name, RiskLevel level, Review.Status status, String lastDecision) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Decisions read to find the last one made by a past instant. */
    private static final int MAX_DECISIONS_READ = 200;
    private final Graph graph;
    private final RiskService risk;
    private final Clock clock;

    private final Maintainers maintainers;

    ReviewService(Graph graph, RiskService risk, Clock clock, Maintainers maintainers) {
        this.maintainers = maintainers;
        this.graph = graph;
        this.risk = risk;
        this.clock = clock;
    }

    /** Records a decision on the entity's risk as computed now (configured regime); validates everything first. */
    public Review record(String entityId, String decision, String reason, String reviewer) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Review.Decision parsed = parse(decision, errors);
        if (entityId == null || entityId.isBlank()) {
            errors.add(new Problem.FieldError("entityId", "is required"));
        }
        if (reason == null || reason.isBlank() || reason.length() > 4000) {
            errors.add(new Problem.FieldError("reason", "is required, at most 4000 characters"));
        }
        if (!errors.isEmpty()) {
            throw Problem.invalid(errors);
        }
        Assessment now = risk.assess(entityId, clock.instant(), risk.configuredRegime());
        Review review = new Review(UUID.randomUUID().toString(), entityId, parsed, reviewer, clock.instant(), reason.strip(),
                now.level(), now.fingerprint());
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("level", now.level());
        snapshot.put("regime", now.regime());
        snapshot.put("fingerprint", now.fingerprint());
        snapshot.put("evidence", now.evidence());
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", review.id());
        p.put("entityId", entityId);
        p.put("decision", parsed.name());
        p.put("reviewer", reviewer);
        p.put("at", review.at().atZone(ZoneOffset.UTC));
        p.put("reason", review.reason());
        p.put("riskLevel", now.level().name());
        p.put("riskFingerprint", now.fingerprint());
        p.put("riskSnapshot", JSON.writeValueAsString(snapshot));
        graph.execute("queries/risk/create-review", p);
        // a decision changes the account's gate: the kept ranked list and the leads of the family follow it
        maintainers.committed(new ChangeSet(Set.of(entityId), Set.of(), Set.of(), false, false, false, false));
        return review;
    }

    /** Decisions on one entity, newest first (at most {@code limit}). */
    public List<Review> history(String entityId, int limit) {
        return graph.query("queries/risk/reviews-of", Map.of("entityId", entityId, "limit", limit), r -> review(entityId, r));
    }

    /**
     * The risk gate of {@code entityId} at {@code asOf}: its level, when the evidence at that level began, and the last
     * decision made by {@code asOf} with whether it was made on exactly this evidence.
     */
    public Gate gate(String entityId, Instant asOf) {
        Assessment assessment = risk.assess(entityId, asOf, risk.configuredRegime());
        java.time.LocalDate since = assessment.evidence().stream().filter(e -> e.level() == assessment.level())
                .map(e -> e.since()).reduce((a, b) -> a == null || b == null ? null : a.isBefore(b) ? a : b)
                .orElse(null);
        Review last = history(entityId, MAX_DECISIONS_READ).stream().filter(r -> !r.at().isAfter(asOf))
                .findFirst().orElse(null);
        return new Gate(entityId, assessment.level(), since, last,
                last != null && last.riskFingerprint().equals(assessment.fingerprint()));
    }

    /** The review status of an assessment: NONE, CURRENT (same fingerprint) or STALE, with the last decision. */
    public Review.State state(Assessment assessment) {
        List<Review> last = history(assessment.id(), 1);
        if (last.isEmpty()) {
            return new Review.State(Review.Status.NONE, null);
        }
        boolean current = last.get(0).riskFingerprint().equals(assessment.fingerprint());
        return new Review.State(current ? Review.Status.CURRENT : Review.Status.STALE, last.get(0));
    }

    /** Entities at ELEVATED or above (stored current level) with no current decision, highest risk first. */
    public List<QueueItem> queue(int limit) {
        return graph.query("queries/risk/review-queue", Map.of("minRank", RiskLevel.ELEVATED.ordinal(), "limit", limit),
                r -> new QueueItem(r.get("entityId").asString(), r.get("name").asString(null),
                        RiskLevel.valueOf(r.get("level").asString()),
                        r.get("lastDecision").isNull() ? Review.Status.NONE
                                : r.get("lastFingerprint").asString().equals(r.get("fingerprint").asString())
                                ? Review.Status.CURRENT : Review.Status.STALE,
                        r.get("lastDecision").asString(null)));
    }

    private static Review.Decision parse(String decision, List<Problem.FieldError> errors) {
        try {
            return Review.Decision.valueOf(decision == null ? "" : decision.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new Problem.FieldError("decision", "must be one of " + Arrays.toString(Review.Decision.values())));
            return null;
        }
    }

    private static Review review(String entityId, Record r) {
        return new Review(r.get("id").asString(), entityId, Review.Decision.valueOf(r.get("decision").asString()),
                r.get("reviewer").asString(null), r.get("at").asZonedDateTime().toInstant(), r.get("reason").asString(null),
                RiskLevel.valueOf(r.get("riskLevel").asString()), r.get("riskFingerprint").asString());
    }
}
