package io.qualgraph.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Beneficial-owner verdicts and data-quality findings over stakes valid at one instant. Pure: no Spring, no driver.
 */
final class OwnershipChecks {

    private OwnershipChecks() {
    }

    /**
     * Persons whose upper bound reaches {@code threshold}, largest first; {@code uncertain} when the lower bound
     * does not, i.e. the verdict depends on where in a band (or an unknown share) the truth lies.
     */
    static List<BeneficialOwners.BeneficialOwner> beneficialOwners(EffectiveOwnership.Result result,
            Map<String, String> names, double threshold, int maxPathsPerOwner) {
        List<BeneficialOwners.BeneficialOwner> owners = new ArrayList<>();
        for (EffectiveOwnership.OwnerShare share : result.owners().values()) {
            if (!share.person() || share.max() < threshold - Holding.EPSILON) {
                continue;
            }
            boolean uncertain = share.min() < threshold - Holding.EPSILON;
            List<List<BeneficialOwners.Stake>> paths = share.paths().stream().limit(maxPathsPerOwner)
                    .map(OwnershipChecks::stakes).toList();
            owners.add(new BeneficialOwners.BeneficialOwner(share.ownerId(), names.get(share.ownerId()),
                    share.min(), share.max(), uncertain, paths));
        }
        owners.sort(Comparator.comparingDouble(BeneficialOwners.BeneficialOwner::effectiveShareMax).reversed()
                .thenComparing(BeneficialOwners.BeneficialOwner::id));
        return owners;
    }

    static List<BeneficialOwners.Stake> stakes(List<Holding> path) {
        return path.stream().map(h -> new BeneficialOwners.Stake(h.ownerId(), h.ownedId(), h.min(), h.max())).toList();
    }

    /** Findings over the stakes loaded (raw, one per OWNS valid at the instant): totals, self-ownership, unknowns, overlaps. */
    static List<Finding> findings(List<Holding> raw) {
        List<Finding> findings = new ArrayList<>();
        List<Holding> combined = Holding.combine(raw);
        Map<String, List<Holding>> byOwned = new TreeMap<>();
        combined.forEach(h -> byOwned.computeIfAbsent(h.ownedId(), k -> new ArrayList<>()).add(h));
        byOwned.forEach((owned, stakes) -> {
            double total = stakes.stream().mapToDouble(Holding::min).sum();
            if (total > 1 + Holding.EPSILON) {
                findings.add(new Finding(Finding.Code.SHARES_ABOVE_100_PERCENT, owned,
                        stakes.stream().map(Holding::ownerId).toList(),
                        String.format(java.util.Locale.ROOT, "stakes in %s add up to %.2f%%", owned, total * 100)));
            }
        });
        for (Holding h : combined) {
            if (h.ownerId().equals(h.ownedId())) {
                findings.add(new Finding(Finding.Code.SELF_OWNERSHIP, h.ownedId(), List.of(h.ownerId()), h.ownedId() + " holds its own shares"));
            }
            if (!h.known()) {
                findings.add(new Finding(Finding.Code.UNKNOWN_SHARE, h.ownedId(), List.of(h.ownerId()),
                        h.ownerId() + " holds an unknown share of " + h.ownedId() + "; counted as 0–100%, never as control"));
            }
            if (h.records() > 1) {
                findings.add(new Finding(Finding.Code.OVERLAPPING_STAKES, h.ownedId(), List.of(h.ownerId()),
                        h.records() + " stakes of " + h.ownerId() + " in " + h.ownedId() + " are valid at once; added"));
            }
        }
        return findings;
    }
}
