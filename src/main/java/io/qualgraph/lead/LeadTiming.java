package io.qualgraph.lead;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.qualgraph.engagement.EngagementType;
import io.qualgraph.scoring.LeadModel;
import io.qualgraph.scoring.Signals;

/**
 * When a lead's decision can next change by time alone, from its evidence: the next recency step or the end of the
 * idle window after its last positive event, a trial or login leaving the usage window, or the account's own recheck
 * when the risk gate holds it. Never from the read time, so the same {@code asOf} gives the same instant. Pure.
 */
final class LeadTiming {

    private LeadTiming() {
    }

    static Instant recheckAt(Instant lastPositive, Signals.Contact contact, LeadModel rules, Instant asOf,
            Instant gateRecheck) {
        if (gateRecheck != null) {
            return gateRecheck;
        }
        List<Instant> boundaries = new ArrayList<>();
        if (lastPositive != null) {
            rules.recency().forEach(step -> boundaries.add(after(lastPositive, step.toDays())));
            boundaries.add(after(lastPositive, rules.idleDays()));
        }
        for (Signals.Event e : contact.events()) {
            if ((e.type() == EngagementType.TRIAL_SIGNUP || e.type() == EngagementType.PRODUCT_LOGIN)
                    && !e.at().isAfter(asOf)) {
                boundaries.add(e.at().plus(Duration.ofDays(rules.usage().windowDays())).plusNanos(1));
            }
        }
        return boundaries.stream().filter(b -> b.isAfter(asOf)).min(Instant::compareTo).orElse(null);
    }

    /** The first instant at which an event at {@code at} is older than {@code days} whole days. */
    private static Instant after(Instant at, int days) {
        return at.plus(Duration.ofDays(days + 1L));
    }
}
