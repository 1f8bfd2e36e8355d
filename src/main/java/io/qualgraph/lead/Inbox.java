package io.qualgraph.lead;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The inbox's rules: rejected and converted leads (by stage, or converted or disqualified by their source) and
 * duplicates leave it unless a stage filter names them; most urgent first: outcome (QUALIFIED, NURTURE, UNQUALIFIED,
 * DISQUALIFIED_FOR_NOW), then contactBy (soonest first, none last), then score, then id. Pure.
 */
public final class Inbox {

    /** The inbox filters; null fields do not filter. */
    public record Filters(String outcome, String stage, String route, String accountId, String source) {
    }

    private static final Map<String, Integer> URGENCY = Map.of("QUALIFIED", 0, "NURTURE", 1, "UNQUALIFIED", 2,
            "DISQUALIFIED_FOR_NOW", 3);
    private static final Set<String> CLOSED_STAGES = Set.of("REJECTED", "CONVERTED");
    private static final Set<String> CLOSED_STATUSES = Set.of("CONVERTED", "DISQUALIFIED");

    static final Comparator<InboxItem> MOST_URGENT_FIRST = Comparator
            .comparingInt((InboxItem i) -> URGENCY.getOrDefault(i.outcome(), 4))
            .thenComparing(InboxItem::contactBy, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Comparator.comparingDouble(InboxItem::score).reversed())
            .thenComparing(InboxItem::leadId);

    private Inbox() {
    }

    /** The items that pass {@code f}, most urgent first; {@code everything} keeps closed leads and duplicates too. */
    static List<InboxItem> of(List<InboxItem> all, Filters f, boolean everything) {
        boolean closedAsked = everything || f.stage() != null && CLOSED_STAGES.contains(f.stage());
        return all.stream()
                .filter(i -> closedAsked || (!closed(CLOSED_STAGES, i.stage()) && !closed(CLOSED_STATUSES, i.status())
                        && i.duplicateOf() == null))
                .filter(i -> f.outcome() == null || f.outcome().equals(i.outcome()))
                .filter(i -> f.stage() == null || f.stage().equals(i.stage()))
                .filter(i -> f.route() == null || f.route().equals(i.route()))
                .filter(i -> f.accountId() == null || Objects.equals(f.accountId(), i.accountId()))
                .filter(i -> f.source() == null || f.source().equals(i.source()))
                .sorted(MOST_URGENT_FIRST).toList();
    }

    private static boolean closed(Set<String> closed, String value) {
        return value != null && closed.contains(value);
    }
}
