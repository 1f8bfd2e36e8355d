package io.qualgraph.lead;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * DESIGN §5's duplicate rule, the one place it is decided: a lead repeats the earliest other lead with the same e-mail
 * that was created inside the duplicate window and before it (at the same instant, the one with the lower id) and is
 * still open — not converted, disqualified or unqualified by its status, not converted or rejected by sales — and is
 * named as the lead that one repeats in turn, so that a chain points at its first lead. The statement
 * candidate-duplicates only fetches the leads that could qualify; {@link Batch} adds the leads of a write that resolves
 * them before they are stored. Pure.
 */
final class Duplicates {

    private static final Set<String> CLOSED_STATUSES = Set.of("CONVERTED", "DISQUALIFIED", "UNQUALIFIED");
    private static final Set<String> CLOSED_STAGES = Set.of("CONVERTED", "REJECTED");
    private static final Comparator<Earlier> FIRST = Comparator.comparing(Earlier::createdAt).thenComparing(Earlier::id);

    private Duplicates() {
    }

    /** Another lead with the same e-mail, as the rule reads it; {@code stage} is the sales stage (null when none). */
    record Earlier(String id, Instant createdAt, String status, String stage, String duplicateOf) {
    }

    /** The lead {@code leadId} (created at {@code createdAt}) repeats, or null when it repeats none of {@code others}. */
    static String duplicateOf(String leadId, Instant createdAt, Duration window, Collection<Earlier> others) {
        Instant windowStart = createdAt.minus(window);
        return others.stream()
                .filter(o -> !o.id().equals(leadId) && !o.createdAt().isBefore(windowStart))
                .filter(o -> o.createdAt().isBefore(createdAt)
                        || (o.createdAt().equals(createdAt) && o.id().compareTo(leadId) < 0))
                .filter(o -> !closed(CLOSED_STATUSES, o.status()) && !closed(CLOSED_STAGES, o.stage()))
                .min(FIRST)
                .map(first -> first.duplicateOf() != null ? first.duplicateOf() : first.id())
                .orElse(null);
    }

    private static boolean closed(Set<String> closing, String value) {
        return value != null && closing.contains(value);
    }

    /**
     * The leads of one write that are resolved before they are stored, so that the graph cannot show them to each other
     * yet: each is told the earlier ones with its e-mail, and added with the duplicate it was found to be. Leads must be
     * added in the order they are resolved.
     */
    static final class Batch {

        private final Map<String, String> statuses;
        private final Map<String, List<Earlier>> byEmail = new HashMap<>();

        private Batch(Map<String, String> statuses) {
            this.statuses = statuses;
        }

        /** Every lead of the write is stored before it is resolved: the graph shows them all to each other. */
        static Batch stored() {
            return new Batch(null);
        }

        /** The write's leads are not stored yet; {@code statuses} gives each one's status (absent or null: none). */
        static Batch unstored(Map<String, String> statuses) {
            return new Batch(statuses);
        }

        /** The lead {@code k} repeats among {@code fetched} (from the graph) and the write's leads resolved before it. */
        String duplicateOf(LeadKeys k, Instant createdAt, Duration window, List<Earlier> fetched) {
            if (statuses == null || k.email() == null) {
                return Duplicates.duplicateOf(k.leadId(), createdAt, window, fetched);
            }
            List<Earlier> same = byEmail.computeIfAbsent(k.email(), e -> new ArrayList<>());
            List<Earlier> others = new ArrayList<>(fetched);
            others.addAll(same);
            String duplicateOf = Duplicates.duplicateOf(k.leadId(), createdAt, window, others);
            same.add(new Earlier(k.leadId(), createdAt, statuses.get(k.leadId()), null, duplicateOf));
            return duplicateOf;
        }
    }
}
