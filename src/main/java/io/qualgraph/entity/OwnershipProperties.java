package io.qualgraph.entity;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Ownership arithmetic and the limits of the structure answer (prefix {@code qualgraph.ownership}, env
 * {@code QUALGRAPH_OWNERSHIP_…}).
 *
 * @param beneficialOwnerThreshold effective share from which a person is a beneficial owner (0..1, default 0.25)
 * @param maxDepth stakes per ownership path followed upward (default 10)
 * @param maxPaths ownership paths explored per entity before the walk stops and says so (default 20000)
 * @param maxPathsPerOwner paths listed per beneficial owner (all paths still count in the share; default 100)
 * @param maxCycles cycles listed per answer (default 100)
 * @param maxFamilyIds family member ids listed in a structure answer; the rest via the paged family call (default 1000)
 * @param maxSubsidiaries direct subsidiaries listed in a structure answer, first by id; the count is always given and
 *        the paged subsidiaries call lists them all (default 1000)
 * @param maxPageSize largest page of the paged family and subsidiaries calls (default 1000)
 */
@Validated
@ConfigurationProperties("qualgraph.ownership")
public record OwnershipProperties(
        @DefaultValue("0.25") @DecimalMin("0.0") @DecimalMax("1.0") double beneficialOwnerThreshold,
        @DefaultValue("10") @Min(1) @Max(50) int maxDepth,
        @DefaultValue("20000") @Min(1) @Max(10_000_000) int maxPaths,
        @DefaultValue("100") @Min(1) @Max(100_000) int maxPathsPerOwner,
        @DefaultValue("100") @Min(1) @Max(100_000) int maxCycles,
        @DefaultValue("1000") @Min(1) @Max(100_000) int maxFamilyIds,
        @DefaultValue("1000") @Min(1) @Max(100_000) int maxSubsidiaries,
        @DefaultValue("1000") @Min(1) @Max(100_000) int maxPageSize) {

    EffectiveOwnership.Limits limits() {
        return new EffectiveOwnership.Limits(maxDepth, maxPaths);
    }

    /** The limits of the one beneficial-owner walk, for every feature that names beneficial owners. */
    public BeneficialOwnerWalk.Limits beneficialOwnerWalk() {
        return new BeneficialOwnerWalk.Limits(maxDepth, maxPaths, beneficialOwnerThreshold, maxPathsPerOwner);
    }
}
