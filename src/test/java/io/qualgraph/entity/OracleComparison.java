package io.qualgraph.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import io.qualgraph.tools.oracle.ReferenceOwnership;

/** Production answers in the oracle's shape, and the differences between the two. */
final class OracleComparison {

    static final int DEPTH = 10;
    static final double THRESHOLD = 0.25;

    private OracleComparison() {
    }

    static List<OwnsRow> rows(RandomOwnership.Graph g) {
        Set<String> persons = new HashSet<>(g.persons());
        return g.edges().stream().map(e -> new OwnsRow(e.owner(), null, persons.contains(e.owner()), e.owned(), e.share(),
                e.shareMin(), e.shareMax(), e.since(), e.until())).toList();
    }

    /** The production arithmetic (pure classes) fed in memory, as an oracle-shaped answer. */
    static ReferenceOwnership.Answer pure(RandomOwnership.Graph g, String target, LocalDate day) {
        List<OwnsRow> valid = rows(g).stream().filter(r -> r.validOn(day)).toList();
        List<Holding> entityStakes = valid.stream().filter(r -> !r.ownerIsPerson()).map(OwnsRow::holding).toList();
        ControlArithmetic.Result control = ControlArithmetic.resolve(g.entities(), entityStakes);
        String top = control.ultimateOf().get(target);
        Set<String> family = new TreeSet<>(control.family(top).members().stream().map(Families.Member::entityId).toList());
        List<OwnsRow> upward = upward(target, valid);
        List<Holding> holdings = upward.stream().map(OwnsRow::holding).toList();
        EffectiveOwnership.Result result = EffectiveOwnership.compute(target, holdings, new EffectiveOwnership.Limits(DEPTH, 1_000_000));
        Map<String, ReferenceOwnership.Owner> owners = new HashMap<>();
        OwnershipChecks.beneficialOwners(result, Map.of(), THRESHOLD, Integer.MAX_VALUE).forEach(bo -> owners.put(bo.id(),
                new ReferenceOwnership.Owner(bo.effectiveShareMin(), bo.effectiveShareMax(), bo.uncertain(), bo.paths().size())));
        int holdingsOut = (int) valid.stream().filter(r -> r.ownerId().equals(target)).count();
        return new ReferenceOwnership.Answer(top, family, owners, new HashSet<>(result.cycles()),
                keys(OwnershipChecks.findings(holdings)), (int) valid.stream().filter(r -> r.ownedId().equals(target)).count(),
                holdingsOut);
    }

    /** Breadth first over valid stakes: the stakes held in entities fewer than DEPTH stakes above the target. */
    static List<OwnsRow> upward(String target, List<OwnsRow> valid) {
        List<OwnsRow> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>(Set.of(target));
        List<String> frontier = List.of(target);
        for (int round = 0; round < DEPTH && !frontier.isEmpty(); round++) {
            List<String> next = new ArrayList<>();
            for (OwnsRow row : valid) {
                if (frontier.contains(row.ownedId())) {
                    rows.add(row);
                    if (!row.ownerIsPerson() && seen.add(row.ownerId())) {
                        next.add(row.ownerId());
                    }
                }
            }
            frontier = next;
        }
        return rows;
    }

    /** The structure answer read through the service, as an oracle-shaped answer. */
    static ReferenceOwnership.Answer structure(EntityStructure s) {
        Map<String, ReferenceOwnership.Owner> owners = new HashMap<>();
        s.beneficialOwners().forEach(bo -> owners.put(bo.id(),
                new ReferenceOwnership.Owner(bo.effectiveShareMin(), bo.effectiveShareMax(), bo.uncertain(), bo.pathCount())));
        return new ReferenceOwnership.Answer(s.ultimateParent(), new TreeSet<>(s.family()), owners, new HashSet<>(s.cycles()),
                keys(s.findings()), s.owners().size(), (int) s.subsidiaryCount());
    }

    static Set<String> keys(List<Finding> findings) {
        Set<String> keys = new TreeSet<>();
        findings.stream().filter(f -> f.code() != Finding.Code.PATH_LIMIT_REACHED && f.code() != Finding.Code.MULTIPLE_CONTROLLERS)
                .forEach(f -> keys.add(f.code() + "|" + f.entityId() + "|" + String.join(",", f.ids())));
        return keys;
    }

    /** Every difference, empty when the answers agree (shares within 1e-9). */
    static List<String> differences(ReferenceOwnership.Answer expected, ReferenceOwnership.Answer actual) {
        List<String> out = new ArrayList<>();
        check(out, "ultimateParent", expected.ultimateParent(), actual.ultimateParent());
        check(out, "family", expected.family(), actual.family());
        check(out, "cycles", expected.cycles(), actual.cycles());
        check(out, "findings", expected.findings(), actual.findings());
        check(out, "directOwners", expected.directOwners(), actual.directOwners());
        check(out, "directHoldings", expected.directHoldings(), actual.directHoldings());
        check(out, "beneficialOwners", expected.beneficialOwners().keySet(), actual.beneficialOwners().keySet());
        expected.beneficialOwners().forEach((id, e) -> {
            ReferenceOwnership.Owner a = actual.beneficialOwners().get(id);
            if (a != null && (Math.abs(e.min() - a.min()) > 1e-9 || Math.abs(e.max() - a.max()) > 1e-9
                    || e.uncertain() != a.uncertain() || e.paths() != a.paths())) {
                out.add("owner " + id + ": expected " + e + " but was " + a);
            }
        });
        return out;
    }

    private static void check(List<String> out, String what, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            out.add(what + ": expected " + expected + " but was " + actual);
        }
    }
}
