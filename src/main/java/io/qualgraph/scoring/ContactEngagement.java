package io.qualgraph.scoring;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A contact's engagement at {@code asOf}: one reason row per event that still carries points (its type's
 * points × the decay factor for its age), then one row for the diminishing returns inside the contact.
 */
final class ContactEngagement {

    private ContactEngagement() {
    }

    /**
     * Adds the contact's rows to {@code ledger} and returns the points they add, in tenths; {@code names} gives the
     * names of the entities on the contact's control path (an entity without one is named by its id).
     */
    static long addTo(Ledger ledger, Signals.Contact contact, ScoringModel.Engagement model, Instant asOf,
            Map<String, String> names) {
        List<String> path = contact.controlPath();
        long raw = 0;
        List<Signals.Event> events = contact.events().stream()
                .filter(e -> !e.at().isAfter(asOf))
                .sorted(Comparator.comparing(Signals.Event::at).reversed().thenComparing(Signals.Event::id))
                .toList();
        for (Signals.Event event : events) {
            long age = DecayCurve.ageDays(event.at(), asOf);
            double factor = DecayCurve.factor(model.decay().get(event.type()), age);
            long tenths = Points.tenths(model.points().getOrDefault(event.type(), 0) * factor);
            if (tenths == 0) {
                continue;
            }
            ledger.add("EVENT_" + event.type(), tenths, String.format("%s by %s on %s, %d days ago, %s%s",
                    label(event), contact.name(), event.at().toString().substring(0, 10), age,
                    factor == 1.0 ? "full weight" : "decay × " + trim(factor), carried(path, names)),
                    new Reason.Source(contact.id(), event.id(), event.at(), factor, contact.entityId(), path));
            raw += tenths;
        }
        long adjusted = diminished(raw, model.perContact());
        if (adjusted != raw) {
            ledger.add("DIMINISHING_RETURNS", adjusted - raw, String.format(
                    "%s's engagement of %s points counts as %s: points beyond each step of the model count less",
                    contact.name(), Points.of(raw), Points.of(adjusted)),
                    new Reason.Source(contact.id(), null, null, null, contact.entityId(), path));
        }
        return adjusted;
    }

    /** Applies the model's per-contact steps to positive raw points; negative totals pass unchanged. */
    static long diminished(long rawTenths, List<ScoringModel.Diminishing> steps) {
        if (rawTenths <= 0) {
            return rawTenths;
        }
        double remaining = rawTenths;
        double counted = 0;
        double lower = 0;
        for (ScoringModel.Diminishing step : steps) {
            double width = step.upTo() == null ? remaining : Math.min(remaining, step.upTo() * 10.0 - lower);
            if (width <= 0) {
                continue;
            }
            counted += width * step.factor();
            remaining -= width;
            lower = step.upTo() == null ? lower : step.upTo() * 10.0;
            if (remaining <= 0) {
                break;
            }
        }
        return Math.round(counted);
    }

    /** How the points reached the account when the contact works at a subsidiary, entity by entity, by name. */
    static String carried(List<String> path, Map<String, String> names) {
        return path == null || path.size() < 2 ? "" : "; counts for the account through "
                + String.join(" → ", path.stream().map(id -> names.getOrDefault(id, id)).toList());
    }

    private static String label(Signals.Event event) {
        return event.type().name().toLowerCase().replace('_', ' ') + " (" + event.id() + ")";
    }

    static String trim(double value) {
        return String.valueOf(Math.round(value * 1000) / 1000.0);
    }
}
