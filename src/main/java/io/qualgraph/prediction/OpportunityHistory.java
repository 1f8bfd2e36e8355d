package io.qualgraph.prediction;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import io.qualgraph.accounts.AccountAnswer;
import io.qualgraph.accounts.AccountQualification;
import io.qualgraph.scoring.ScoringModel;
import io.qualgraph.support.Graph;
import org.springframework.stereotype.Component;

/**
 * The closed opportunities of the graph, each with its account qualified as the graph stood at the opportunity's
 * {@code createdAt}: the point-in-time read behind the OPPORTUNITY_WON target and the rules back-test. Nothing that
 * happened after {@code createdAt} is read (ownership, engagement, intent and risk are all read {@code asOf} it);
 * committee seats carry no time in the graph, so the seats stored on the family's opportunities open at that instant
 * count as known then.
 */
@Component
public class OpportunityHistory {

    /** One closed opportunity and its account as of its creation. */
    public record Point(String opportunityId, String entityId, Instant createdAt, boolean won, AccountAnswer account) {
    }

    private final Graph graph;
    private final AccountQualification accounts;

    OpportunityHistory(Graph graph, AccountQualification accounts) {
        this.graph = graph;
        this.accounts = accounts;
    }

    /**
     * Every closed opportunity, oldest first, its account scored with {@code model} (or, when null, with the version
     * in force at each instant); told of each as it is read.
     */
    public List<Point> read(ScoringModel model, Training.Progress progress) {
        record Closed(String id, String entityId, Instant createdAt, boolean won) {
        }
        List<Closed> closed = graph.query("queries/prediction/closed-opportunities", Map.of(), r -> new Closed(
                r.get("id").asString(), r.get("entityId").asString(), r.get("createdAt").asZonedDateTime().toInstant(),
                r.get("won").asBoolean()));
        BiFunction<String, Instant, AccountAnswer> qualify = model == null ? accounts::account
                : (id, at) -> accounts.account(id, at, model);
        return ParallelReads.read(closed, c -> new Point(c.id(), c.entityId(), c.createdAt(), c.won(),
                qualify.apply(c.entityId(), c.createdAt())), "read closed opportunities", progress);
    }

    /** The points as observations: account features, outcomes, creation times and the rules score and tier. */
    public static Observations observations(List<Point> points) {
        return AccountFeatures.SET.observations(points, p -> AccountFeatures.of(p.account()), Point::won,
                Point::createdAt, p -> p.account().score(), p -> p.account().tier());
    }
}
