package io.qualgraph.risk;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The exact chain behind a blocking: each blocked party once, with its listing or the stakes that blocked it. */
final class SanctionsEvidence {

    private SanctionsEvidence() {
    }

    static List<Evidence> explain(String target, Map<String, SanctionsFixpoint.Blocking> blocked, Regime regime,
            RiskGraph graph, String rule, RiskLevel level) {
        List<Evidence> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of(target));
        while (!queue.isEmpty()) {
            String id = queue.poll();
            SanctionsFixpoint.Blocking b = blocked.get(id);
            if (b == null || !seen.add(id)) {
                continue;
            }
            List<String> path = path(id, blocked);
            if (b.listed()) {
                for (RiskGraph.Flag f : b.listings()) {
                    out.add(new Evidence("SANCTIONS_LISTING", level, id, who(graph, id) + " is listed: SANCTIONED by "
                            + or(f.source(), "an unnamed source") + " since " + or(f.listedAt(), "an unknown date")
                            + " (flag " + f.id() + ")", path).withSince(f.listedAt()).withBrief(null, f.source()));
                }
            } else {
                String stakes = b.stakes().stream().map(s -> stake(graph, s)).collect(Collectors.joining("; "));
                String test = regime == Regime.AGGREGATE ? "blocked owners hold " + percent(b.total()) + " together (>= 50%)"
                        : "one blocked owner holds " + percent(b.total()) + " (> 50%)";
                out.add(new Evidence(rule, level, id, who(graph, id) + " is blocked by ownership (" + regime + "): "
                        + test + ": " + stakes, path).withSince(since(id, blocked, 0))
                        .withBrief(b.total(), listOf(path.get(0), blocked)));
                b.stakes().forEach(s -> queue.add(s.ownerId()));
            }
        }
        return out;
    }

    /**
     * The day from which {@code id} is blocked: a listed party's earliest listing; an entity blocked by ownership the
     * latest of its blocking stakes' since and its blocking owners' own days (the block needs all of them).
     */
    static LocalDate since(String id, Map<String, SanctionsFixpoint.Blocking> blocked, int depth) {
        SanctionsFixpoint.Blocking b = blocked.get(id);
        if (b == null || depth > blocked.size()) {
            return null;
        }
        if (b.listed()) {
            return b.listings().stream().map(f -> f.listedAt() == null ? LocalDate.EPOCH : f.listedAt())
                    .min(LocalDate::compareTo).orElse(null);
        }
        LocalDate latest = LocalDate.EPOCH;
        for (RiskGraph.Stake stake : b.stakes()) {
            latest = Evidence.later(latest, stake.since() == null ? LocalDate.EPOCH : stake.since());
            latest = Evidence.later(latest, since(stake.ownerId(), blocked, depth + 1));
        }
        return latest;
    }

    /** One chain from a listed party down to {@code id}, following the first stake that blocked each entity. */
    static List<String> path(String id, Map<String, SanctionsFixpoint.Blocking> blocked) {
        List<String> path = new ArrayList<>();
        String at = id;
        while (at != null && path.size() <= blocked.size()) {
            path.add(0, at);
            SanctionsFixpoint.Blocking b = blocked.get(at);
            at = b == null || b.listed() || b.stakes().isEmpty() ? null : b.stakes().get(0).ownerId();
        }
        return path;
    }

    /** The list that the listed party at the top of a chain is on (the first listing's source), or null. */
    static String listOf(String listed, Map<String, SanctionsFixpoint.Blocking> blocked) {
        SanctionsFixpoint.Blocking b = blocked.get(listed);
        return b == null || !b.listed() ? null : b.listings().get(0).source();
    }

    static String stake(RiskGraph graph, RiskGraph.Stake s) {
        String share = s.share() != null ? percent(s.share())
                : s.unknown() ? "an unknown share (not counted)"
                : "a band " + percent(s.low()) + "-" + percent(s.high());
        return who(graph, s.ownerId()) + " holds " + share + " of " + who(graph, s.ownedId())
                + " since " + or(s.since(), "an unknown date") + (s.source() == null ? "" : " [" + s.source() + "]");
    }

    static String who(RiskGraph graph, String id) {
        String name = graph.name(id);
        return name.equals(id) ? id : name + " (" + id + ")";
    }

    static String percent(double fraction) {
        return BigDecimal.valueOf(fraction * 100).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
    }

    private static String or(Object value, String otherwise) {
        return value == null ? otherwise : value.toString();
    }
}
