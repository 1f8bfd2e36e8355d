package io.qualgraph.scoring;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** Third-party intent at a lower weight than own engagement (it lags), decaying, capped. */
final class IntentPoints {

    private IntentPoints() {
    }

    static void addTo(Ledger ledger, List<Signals.Intent> intent, ScoringModel.Intent rules, Instant asOf) {
        long total = 0;
        List<Signals.Intent> sorted = intent.stream().filter(i -> !i.observedAt().isAfter(asOf))
                .sorted(Comparator.comparing(Signals.Intent::observedAt).reversed().thenComparing(Signals.Intent::id))
                .toList();
        for (Signals.Intent signal : sorted) {
            long age = DecayCurve.ageDays(signal.observedAt(), asOf);
            double factor = DecayCurve.intentFactor(rules, age);
            long tenths = Points.tenths(signal.strength() * rules.weight() * factor);
            if (tenths == 0) {
                continue;
            }
            ledger.add("INTENT", tenths, String.format("Intent on '%s' at strength %s, %d days ago, decay × %s",
                    signal.topic(), ContactEngagement.trim(signal.strength()), age, ContactEngagement.trim(factor)),
                    new Reason.Source(null, signal.id(), signal.observedAt(), factor, signal.entityId(), null));
            total += tenths;
        }
        long cap = rules.cap() * 10L;
        if (total > cap) {
            ledger.add("INTENT_CAP", cap - total, "Intent adds at most " + rules.cap() + " points", Reason.Source.none());
        }
    }
}
