package io.qualgraph.entity;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The ownership arithmetic of DESIGN §3 over stakes in memory, for importers' checks and other features. Pure. */
public final class OwnershipArithmetic {

    /** Lower and upper bound of an effective share (0..1). */
    public record Bounds(double min, double max) {
    }

    private OwnershipArithmetic() {
    }

    /** Effective share of every owner reached from {@code target} over the stakes valid on {@code day}. */
    public static Map<String, Bounds> effectiveShares(String target, List<OwnsRow> stakes, LocalDate day, int depth) {
        EffectiveOwnership.Result result = EffectiveOwnership.compute(target, StakeReader.validOn(stakes, day),
                new EffectiveOwnership.Limits(depth, 1_000_000));
        Map<String, Bounds> shares = new LinkedHashMap<>();
        result.owners().forEach((id, share) -> shares.put(id, new Bounds(share.min(), share.max())));
        return shares;
    }

    /** Ultimate parent of each entity (and of each legal-entity owner) over the stakes valid on {@code day}. */
    public static Map<String, String> ultimateParents(Collection<String> entityIds, List<OwnsRow> stakes, LocalDate day) {
        List<Holding> entityStakes = stakes.stream().filter(s -> s.validOn(day) && !s.ownerIsPerson()).map(OwnsRow::holding).toList();
        return ControlArithmetic.resolve(entityIds, entityStakes).ultimateOf();
    }
}
