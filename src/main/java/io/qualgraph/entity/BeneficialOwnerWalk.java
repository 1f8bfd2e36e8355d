package io.qualgraph.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The one beneficial-owner walk of DESIGN §3 over the stakes valid on one day, indexed once and asked per entity. The
 * structure answer and the KYC rules (PEP and flagged beneficial owners) both name owners through it, so they agree at
 * every depth: same arithmetic, same depth and path limits, same threshold. Pure: no Spring, no driver.
 */
public final class BeneficialOwnerWalk {

    /**
     * How the walk is bounded and read: stakes per path, paths explored per entity, the effective share from which a
     * person is a beneficial owner (upper bound; the owner is {@code uncertain} when only the upper bound reaches it),
     * and the paths listed per owner (all of them count in the share).
     */
    public record Limits(int depth, int maxPaths, double threshold, int maxPathsPerOwner) {
    }

    private final Map<String, List<Holding>> byOwned;
    private final Limits limits;

    private BeneficialOwnerWalk(Map<String, List<Holding>> byOwned, Limits limits) {
        this.byOwned = byOwned;
        this.limits = limits;
    }

    /** Prepares the walk over {@code stakes} that are valid on {@code day}. */
    public static BeneficialOwnerWalk over(List<OwnsRow> stakes, LocalDate day, Limits limits) {
        List<Holding> valid = stakes.stream().filter(s -> s.validOn(day)).map(OwnsRow::holding).toList();
        return new BeneficialOwnerWalk(EffectiveOwnership.byOwned(valid), limits);
    }

    /** The persons whose effective share in {@code entityId} reaches the threshold, largest first, without names. */
    public List<BeneficialOwners.BeneficialOwner> of(String entityId) {
        EffectiveOwnership.Result result = EffectiveOwnership.compute(entityId, byOwned,
                new EffectiveOwnership.Limits(limits.depth(), limits.maxPaths()));
        return OwnershipChecks.beneficialOwners(result, Map.of(), limits.threshold(), limits.maxPathsPerOwner());
    }
}
