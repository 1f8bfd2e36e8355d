package io.qualgraph.scoring;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;


/**
 * Buying-committee activation: the most distinct contacts that engaged positively inside one window of the
 * model's length, among windows in the recent lookback. Several people moving at once is a buying signal
 * that one busy contact is not.
 */
final class CommitteeActivation {

    /** The best window found: its start and end, the contacts in it and the committee roles they hold. */
    record Window(Instant from, Instant to, Set<String> contacts, Set<CommitteeRole> roles) {
    }

    private record Touch(Instant at, Signals.Contact contact) {
    }

    private CommitteeActivation() {
    }

    static Window best(List<Signals.Contact> contacts, ScoringModel model, Instant asOf) {
        Instant since = asOf.minus(Duration.ofDays(model.activation().lookbackDays()));
        List<Touch> touches = new ArrayList<>();
        for (Signals.Contact contact : contacts) {
            for (Signals.Event event : contact.events()) {
                boolean positive = model.engagement().points().getOrDefault(event.type(), 0) > 0;
                if (positive && !event.at().isAfter(asOf) && !event.at().isBefore(since)) {
                    touches.add(new Touch(event.at(), contact));
                }
            }
        }
        touches.sort(Comparator.comparing(Touch::at));
        Duration window = Duration.ofDays(model.activation().windowDays());
        Window best = new Window(null, null, Set.of(), Set.of());
        int start = 0;
        for (int end = 0; end < touches.size(); end++) {
            while (Duration.between(touches.get(start).at(), touches.get(end).at()).compareTo(window) > 0) {
                start++;
            }
            Window candidate = window(touches.subList(start, end + 1));
            if (better(candidate, best)) {
                best = candidate;
            }
        }
        return best;
    }

    private static Window window(List<Touch> touches) {
        Set<String> ids = new TreeSet<>();
        Set<CommitteeRole> roles = new TreeSet<>();
        touches.forEach(t -> {
            ids.add(t.contact().id());
            roles.addAll(t.contact().roles());
        });
        return new Window(touches.get(0).at(), touches.get(touches.size() - 1).at(), ids, roles);
    }

    private static boolean better(Window candidate, Window best) {
        if (candidate.contacts().size() != best.contacts().size()) {
            return candidate.contacts().size() > best.contacts().size();
        }
        return candidate.roles().size() > best.roles().size();
    }
}
