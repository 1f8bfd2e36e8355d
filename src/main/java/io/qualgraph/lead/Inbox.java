package io.qualgraph.lead;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.qualgraph.scoring.LeadSource;
import io.qualgraph.scoring.LeadStatus;
import io.qualgraph.scoring.Outcome;
import io.qualgraph.scoring.Route;

/**
 * The inbox's rules: rejected and converted leads (by stage, or converted or disqualified by their source) and
 * duplicates leave it unless a stage filter names them; most urgent first: outcome (QUALIFIED, NURTURE, UNQUALIFIED,
 * DISQUALIFIED_FOR_NOW), then contactBy (soonest first, none last), then score, then id. Pure.
 */
public final class Inbox {

    /** The inbox filters; null fields do not filter. */
    public record Filters(Outcome outcome, LeadStage stage, Route route, String accountId, LeadSource source) {
        public Filters {
            accountId = accountId == null || accountId.isBlank() ? null : accountId;
        }
    }

    private static final Map<Outcome, Integer> URGENCY = new EnumMap<>(Map.of(Outcome.QUALIFIED, 0, Outcome.NURTURE, 1,
            Outcome.UNQUALIFIED, 2, Outcome.DISQUALIFIED_FOR_NOW, 3));

    static final Comparator<InboxItem> MOST_URGENT_FIRST = Comparator
            .comparingInt((InboxItem i) -> i.outcome() == null ? URGENCY.size() : URGENCY.get(i.outcome()))
            .thenComparing(InboxItem::contactBy, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Comparator.comparingDouble(InboxItem::score).reversed())
            .thenComparing(InboxItem::leadId);

    private Inbox() {
    }

    /** The items that pass {@code f}, most urgent first; {@code everything} keeps closed leads and duplicates too. */
    static List<InboxItem> of(List<InboxItem> all, Filters f, boolean everything) {
        boolean closedAsked = everything || f.stage() != null && f.stage().closed();
        return all.stream()
                .filter(i -> closedAsked || (!closed(i) && i.duplicateOf() == null))
                .filter(i -> f.outcome() == null || f.outcome() == i.outcome())
                .filter(i -> f.stage() == null || f.stage() == i.stage())
                .filter(i -> f.route() == null || f.route() == i.route())
                .filter(i -> f.accountId() == null || Objects.equals(f.accountId(), i.accountId()))
                .filter(i -> f.source() == null || f.source() == i.source())
                .sorted(MOST_URGENT_FIRST).toList();
    }

    /** Rejected or converted by sales, or converted or disqualified by the source system. */
    private static boolean closed(InboxItem i) {
        return (i.stage() != null && i.stage().closed())
                || i.status() == LeadStatus.CONVERTED || i.status() == LeadStatus.DISQUALIFIED;
    }
}
