package io.qualgraph.prediction;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import io.qualgraph.lead.LeadReads;
import io.qualgraph.lead.LeadView;
import io.qualgraph.support.Graph;
import org.springframework.stereotype.Component;

/**
 * The leads whose conversion is known, each read as it stood at its own {@code createdAt}: the point-in-time read
 * behind the LEAD_CONVERTED target. The label rule is in {@code queries/prediction/closed-leads}: converted by a
 * CONVERT decision or the CRM's CONVERTED status; not converted by a REJECT, a DISQUALIFIED or UNQUALIFIED status, or
 * {@value #CONVERSION_WINDOW_DAYS} days without converting. The lead's qualification is read {@code asOf} its arrival
 * (contact events, account, risk and the rules model as they stood then), so nothing later leaks in.
 */
@Component
class LeadHistory {

    /** A lead not converted this long after it arrived counts as not converted. */
    static final int CONVERSION_WINDOW_DAYS = 90;

    /** One lead with a known outcome, as it stood when it arrived. */
    record Point(String leadId, Instant createdAt, boolean converted, LeadView lead) {
    }

    private final Graph graph;
    private final LeadReads leads;

    LeadHistory(Graph graph, LeadReads leads) {
        this.graph = graph;
        this.leads = leads;
    }

    /** Every lead whose conversion is known at {@code now}, oldest first; told of each as it is read. */
    List<Point> read(Instant now, Training.Progress progress) {
        record Closed(String id, Instant createdAt, boolean converted) {
        }
        List<Closed> closed = graph.query("queries/prediction/closed-leads", Map.of("now", now.atZone(ZoneOffset.UTC),
                "windowStart", now.minus(Duration.ofDays(CONVERSION_WINDOW_DAYS)).atZone(ZoneOffset.UTC)),
                r -> new Closed(r.get("id").asString(), r.get("createdAt").asZonedDateTime().toInstant(),
                        r.get("converted").asBoolean()));
        return ParallelReads.read(closed, c -> new Point(c.id(), c.createdAt(), c.converted(),
                leads.lead(c.id(), c.createdAt())), "read leads with a known outcome", progress);
    }

    /** The points as observations: lead features, outcomes, arrival times, the lead score and its account's tier. */
    static Observations observations(List<Point> points) {
        return LeadFeatures.SET.observations(points, p -> LeadFeatures.of(p.lead()), Point::converted, Point::createdAt,
                p -> p.lead().qualification().score(),
                p -> p.lead().qualification().account() == null ? null : p.lead().qualification().account().tier());
    }
}
