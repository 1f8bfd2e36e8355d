package io.qualgraph.scoring;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;


/** Small hand-made signals for the scorer tests. */
final class Fixtures {

    static final Instant AS_OF = Instant.parse("2026-11-01T12:00:00Z");

    private Fixtures() {
    }

    static Signals.Event event(String id, EngagementType type, int daysAgo) {
        return new Signals.Event(id, type, AS_OF.minus(Duration.ofDays(daysAgo)));
    }

    static Signals.Contact contact(String id, Seniority seniority, Set<CommitteeRole> roles, Signals.Event... events) {
        return new Signals.Contact(id, "Contact " + id, id.toLowerCase() + "@acme.de", seniority, "IT", "E1", 1200,
                List.of("E1"), List.of(events), roles);
    }

    static Signals.Account account(List<Signals.Contact> contacts) {
        return new Signals.Account("E1", "Acme Holding AG",
                new Signals.Firmographics("Software", "DE", 1200, false), contacts, List.of());
    }

    /** {@code n} events of one type spread over the last days, ids prefixed. */
    static Signals.Event[] events(String prefix, EngagementType type, int n, int firstDaysAgo) {
        List<Signals.Event> events = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            events.add(event(prefix + i, type, firstDaysAgo + i));
        }
        return events.toArray(Signals.Event[]::new);
    }

    static double sum(List<Reason> reasons) {
        return reasons.stream().mapToLong(r -> Math.round(r.points() * 10)).sum() / 10.0;
    }
}
