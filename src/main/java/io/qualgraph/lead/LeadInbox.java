package io.qualgraph.lead;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import io.qualgraph.entity.EntityNames;
import io.qualgraph.risk.RiskLevel;
import io.qualgraph.scoring.LeadSource;
import io.qualgraph.scoring.LeadStatus;
import io.qualgraph.scoring.Outcome;
import io.qualgraph.scoring.Route;
import io.qualgraph.scoring.Tier;
import io.qualgraph.support.Graph;
import io.qualgraph.support.Paging;
import io.qualgraph.support.Problem;
import io.qualgraph.support.Vocabulary;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Service;

/**
 * The inbox and the funnel. Now, they read the stored decisions after re-deciding every due lead (never decided, made
 * stale by a write, past its recheckAt, another model); at a past {@code asOf} the inbox evaluates each lead that
 * existed then, as the graph and the model stood.
 */
@Service
public class LeadInbox {

    /** Leads evaluated live for an inbox at a past instant, at most. */
    static final int MAX_LIVE = 5000;

    /** One page of the inbox. */
    public record Page(List<InboxItem> items, int page, int size, long total, Instant asOf) {
    }

    private final Graph graph;
    private final LeadRefresh refresh;
    private final LeadEvaluator evaluator;
    private final EntityNames entityNames;

    LeadInbox(Graph graph, LeadRefresh refresh, LeadEvaluator evaluator, EntityNames entityNames) {
        this.graph = graph;
        this.refresh = refresh;
        this.evaluator = evaluator;
        this.entityNames = entityNames;
    }

    /**
     * The inbox page, most urgent first; {@code asOf} null means now, {@code changedSince} (now only) keeps the
     * leads whose outcome, route or stage changed since then, closed ones included.
     *
     * @throws Problem 400 for a past asOf with more than {@value #MAX_LIVE} leads
     */
    public Page page(Inbox.Filters filters, Instant changedSince, Paging paging, Instant asOf, Instant now) {
        List<InboxItem> all = asOf == null ? storedKeys(changedSince) : live(asOf);
        List<InboxItem> listed = Inbox.of(all, filters, changedSince != null);
        List<InboxItem> page = paging.of(listed);
        return new Page(named(asOf == null ? storedRows(page) : page), paging.page(), paging.size(), listed.size(),
                asOf == null ? now : asOf);
    }

    /** The page's items with their accounts' names, read for the page only (the entity's name now). */
    private List<InboxItem> named(List<InboxItem> items) {
        Map<String, String> names = entityNames.of(items.stream().filter(i -> i.accountName() == null)
                .map(InboxItem::accountId).filter(Objects::nonNull).collect(Collectors.toSet()));
        return items.stream().map(i -> i.named(names)).toList();
    }

    /** The funnel for leads created in [from, to), grouped by {@code by} (source, tier or persona). */
    public Funnel.Report funnel(Instant from, Instant to, String by) {
        refresh.refreshDue();
        List<Funnel.Row> rows = graph.query("queries/lead/funnel-rows", Map.of("from", from.atZone(ZoneOffset.UTC),
                "to", to.atZone(ZoneOffset.UTC)), r -> new Funnel.Row(group(r, by), !r.get("mqlAt").isNull(),
                        r.get("stages").asList(v -> v.asString())));
        return Funnel.of(rows, from, to, by);
    }

    private static String group(Record r, String by) {
        String value = r.get(by).asString(null);
        return value != null ? value : by.equals("tier") ? "UNMATCHED" : "UNKNOWN";
    }

    /**
     * Every decided lead with only what the inbox filters and orders by (the rest of an item is null): the whole inbox
     * crosses from the graph as ten fields a lead, the page's rows follow in {@link #storedRows}.
     */
    private List<InboxItem> storedKeys(Instant changedSince) {
        refresh.refreshDue();
        Map<String, Object> params = new HashMap<>();
        params.put("changedSince", changedSince == null ? null : changedSince.atZone(ZoneOffset.UTC));
        return graph.query("queries/lead/inbox-keys", params, LeadInbox::item); // a column it lacks reads as null
    }

    /** The full rows of a page of keys, in the page's order (a lead deleted in between is left out). */
    private List<InboxItem> storedRows(List<InboxItem> page) {
        if (page.isEmpty()) {
            return page;
        }
        Map<String, InboxItem> rows = new HashMap<>();
        graph.query("queries/lead/inbox-rows", Map.of("ids", page.stream().map(InboxItem::leadId).toList()),
                LeadInbox::item).forEach(i -> rows.put(i.leadId(), i));
        return page.stream().map(i -> rows.get(i.leadId())).filter(Objects::nonNull).toList();
    }

    private List<InboxItem> live(Instant asOf) {
        List<String> ids = graph.query("queries/lead/all-lead-ids", Map.of("asOf", asOf.atZone(ZoneOffset.UTC),
                "limit", MAX_LIVE + 1), r -> r.get("id").asString());
        if (ids.size() > MAX_LIVE) {
            throw Problem.invalid("asOf", "an inbox for a past instant is computed live for at most " + MAX_LIVE
                    + " leads; this one has more (leave asOf out for the inbox now)");
        }
        return evaluator.evaluate(ids, asOf).stream().map(LeadInbox::item).toList();
    }

    private static InboxItem item(Record r) {
        return new InboxItem(r.get("leadId").asString(), r.get("name").asString(null), r.get("email").asString(null),
                r.get("company").asString(null), stored(LeadSource.class, r, "source"), stored(LeadStatus.class, r, "status"),
                LeadRows.instant(r.get("createdAt")), stored(LeadStage.class, r, "stage"), stored(Outcome.class, r, "outcome"),
                stored(Route.class, r, "route"), LeadRows.instant(r.get("contactBy")), r.get("score").asDouble(0),
                stored(MatchMethod.class, r, "matchMethod"),
                r.get("matchConfidence").isNull() ? null : r.get("matchConfidence").asDouble(),
                r.get("accountId").asString(null), null, stored(Tier.class, r, "tier"),
                stored(RiskLevel.class, r, "riskLevel"),
                LeadRows.instant(r.get("recheckAt")), LeadRows.instant(r.get("decidedAt")),
                r.get("duplicateOf").asString(null));
    }

    private static InboxItem item(Evaluated e) {
        LeadQualification q = LeadAnswers.qualification(e);
        LeadRow r = e.row();
        return new InboxItem(r.id(), r.name(), r.email(), r.company(), r.source(), r.status(), r.createdAt(),
                q.stage(), q.outcome(), q.route(), q.contactBy(), q.score(),
                q.match() == null ? null : q.match().method(), q.match() == null ? null : q.match().confidence(),
                q.account() == null ? null : q.account().accountId(), q.account() == null ? null : q.account().name(),
                q.account() == null ? null : q.account().tier(), q.riskLevel(), q.recheckAt(), null, r.duplicateOf());
    }

    private static <E extends Enum<E>> E stored(Class<E> vocabulary, Record r, String column) {
        return Vocabulary.stored(vocabulary, r.get(column).asString(null));
    }
}
