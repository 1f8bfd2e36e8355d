package io.qualgraph.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.qualgraph.entity.OwnsRow;

/**
 * The part of the graph risk is computed on (pure data): parties, OWNS stakes and risk flags, each with its
 * validity dates. {@link #on(LocalDate)} keeps what counts on a day.
 */
public record RiskGraph(Map<String, Party> parties, List<Stake> stakes, List<Flag> flags) {

    /** A legal entity (country = jurisdiction) or a person (country = nationality). */
    public record Party(String id, String name, boolean person, String country, boolean pep) {
    }

    /** One OWNS record: share, or a band, or neither (unknown); since inclusive, until exclusive. */
    public record Stake(String ownerId, String ownedId, Double share, Double shareMin, Double shareMax,
            LocalDate since, LocalDate until, String source) {

        boolean validOn(LocalDate day) {
            return (since == null || !since.isAfter(day)) && (until == null || until.isAfter(day));
        }

        /** Lower bound: the share, else the band's minimum, else 0 (an unknown share never counts). */
        public double low() {
            return share != null ? share : shareMin != null ? shareMin : 0.0;
        }

        /** Upper bound: the share, else the band's maximum, else 0. */
        public double high() {
            return share != null ? share : shareMax != null ? shareMax : 0.0;
        }

        public boolean unknown() {
            return share == null && shareMin == null && shareMax == null;
        }
    }

    /**
     * The latest {@code since} of the stakes along {@code path} (owner first), the day from which the whole chain
     * holds; the epoch's first day when no stake has a date, null when a link is missing.
     */
    LocalDate chainSince(List<String> path) {
        LocalDate latest = LocalDate.EPOCH;
        for (int i = 0; i + 1 < path.size(); i++) {
            String owner = path.get(i);
            String owned = path.get(i + 1);
            Stake stake = stakes.stream().filter(s -> s.ownerId().equals(owner) && s.ownedId().equals(owned))
                    .findFirst().orElse(null);
            if (stake == null) {
                return null;
            }
            latest = stake.since() == null ? latest : Evidence.later(latest, stake.since());
        }
        return latest;
    }

    /** A risk flag on a party; listedAt inclusive, delistedAt exclusive. */
    public record Flag(String id, String subjectId, RiskFlagType type, String source, LocalDate listedAt,
            LocalDate delistedAt) {

        boolean validOn(LocalDate day) {
            return (listedAt == null || !listedAt.isAfter(day)) && (delistedAt == null || delistedAt.isAfter(day));
        }
    }

    public RiskGraph {
        parties = Map.copyOf(parties);
        stakes = List.copyOf(stakes);
        flags = List.copyOf(flags);
    }

    /**
     * The graph as it stood on {@code day}: valid flags, and ONE stake per owner/owned pair among the records valid
     * that day (historical duplicates overlap): the one with the largest lower bound, then the largest upper bound,
     * then the latest {@code since} — the conservative reading, never a sum of records.
     */
    public RiskGraph on(LocalDate day) {
        Map<List<String>, Stake> one = new LinkedHashMap<>();
        Comparator<Stake> order = Comparator.comparingDouble(Stake::low).thenComparingDouble(Stake::high)
                .thenComparing(Stake::since, Comparator.nullsFirst(Comparator.naturalOrder()));
        for (Stake s : stakes) {
            if (s.validOn(day)) {
                one.merge(List.of(s.ownerId(), s.ownedId()), s, (a, b) -> order.compare(a, b) >= 0 ? a : b);
            }
        }
        List<Flag> valid = new ArrayList<>();
        flags.stream().filter(f -> f.validOn(day)).forEach(valid::add);
        return new RiskGraph(parties, new ArrayList<>(one.values()), valid);
    }

    /** The stakes as the ownership arithmetic reads them (owners that are persons marked), whatever their dates. */
    List<OwnsRow> ownsRows() {
        return stakes.stream().map(s -> new OwnsRow(s.ownerId(), null,
                parties.containsKey(s.ownerId()) && parties.get(s.ownerId()).person(), s.ownedId(), s.share(),
                s.shareMin(), s.shareMax(), s.since(), s.until())).toList();
    }

    /** Flags that ended (delisted) on or before {@code day}: a former listing, kept for evidence. */
    public List<Flag> formerFlags(LocalDate day) {
        return flags.stream().filter(f -> f.delistedAt() != null && !f.delistedAt().isAfter(day)).toList();
    }

    /** This graph's stakes with the given parties and flags. */
    RiskGraph withParties(RiskLoader.Parties loaded) {
        return new RiskGraph(loaded.parties(), stakes, loaded.flags());
    }

    String name(String id) {
        Party p = parties.get(id);
        return p == null || p.name() == null ? id : p.name();
    }
}
