package io.qualgraph.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The answer of {@code GET /api/entities/{id}/structure} (DESIGN §4): the entity's corporate family, its direct
 * owners and holdings, its beneficial owners with every path, the ownership cycles met and data-quality findings,
 * all as of one instant. Lists are capped by {@code qualgraph.ownership.*}; the counts say how many exist, and the
 * paged family and subsidiaries calls list the rest.
 */
public record EntityStructure(String id, String name, Instant asOf, String ultimateParent, List<String> family,
        long familySize, boolean familyComplete, List<Owner> owners, List<Subsidiary> subsidiaries, long subsidiaryCount,
        boolean subsidiariesComplete, List<BeneficialOwnerView> beneficialOwners, List<List<String>> cycles, List<Finding> findings, Limits limits) {

    /** A direct owner valid at the instant: {@code share} when exact, the band in {@code shareMin}/{@code shareMax}. */
    public record Owner(String id, String name, String kind, Double share, Double shareMin, Double shareMax,
            LocalDate since, LocalDate until, boolean controlling) {
    }

    /** A legal entity this one holds directly at the instant; {@code controlled} when the stake is above half. */
    public record Subsidiary(String id, String name, Double share, Double shareMin, Double shareMax, LocalDate since,
            LocalDate until, boolean controlled) {
    }

    /**
     * A person at or above the threshold: {@code effectiveShare} is the lower bound (the exact share when no band is
     * involved), {@code uncertain} when the verdict depends on a band or unknown share; {@code paths} owner first.
     */
    public record BeneficialOwnerView(String id, String name, double effectiveShare, double effectiveShareMin,
            double effectiveShareMax, boolean uncertain, int pathCount, List<List<PathStake>> paths) {
    }

    /** One stake on a path, with both parties' names; {@code share} is null for a band or an unknown share. */
    public record PathStake(String owner, String ownerName, String owned, String ownedName, Double share, double shareMin,
            double shareMax) {
    }

    /** The limits this answer was cut to. */
    public record Limits(int depth, double beneficialOwnerThreshold, int maxFamilyIds, int maxSubsidiaries,
            int maxPathsPerOwner, int maxPaths, int maxCycles) {
    }
}
