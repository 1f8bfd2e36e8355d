package io.qualgraph.scoring;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The latest hot action (the model's types: demo, trial, meeting) by a plausible buyer inside its window. */
final class HotActions {

    private record Hot(Signals.Contact contact, Signals.Event event) {
    }

    private HotActions() {
    }

    /** The reason in words, or empty when no buyer acted; {@code buyers} are plausible buyers only. */
    static Optional<String> find(List<Signals.Contact> buyers, ScoringModel model, Instant asOf) {
        ScoringModel.HotActions rules = model.buyers().hotActions();
        Instant since = asOf.minus(Duration.ofDays(rules.withinDays()));
        return buyers.stream()
                .flatMap(c -> c.events().stream().map(e -> new Hot(c, e)))
                .filter(h -> rules.types().contains(h.event().type()))
                .filter(h -> !h.event().at().isAfter(asOf) && !h.event().at().isBefore(since))
                .max(Comparator.comparing((Hot h) -> h.event().at()).thenComparing(h -> h.event().id()))
                .map(h -> String.format("Hot action: %s by %s [%s] on %s, within %d days (buyers.hotActions)",
                        h.event().type().name().toLowerCase().replace('_', ' '), BuyerRoles.who(h.contact()),
                        h.contact().id(), h.event().at().toString().substring(0, 10), rules.withinDays()));
    }
}
