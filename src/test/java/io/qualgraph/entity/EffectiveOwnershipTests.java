package io.qualgraph.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class EffectiveOwnershipTests {

    private static final EffectiveOwnership.Limits LIMITS = new EffectiveOwnership.Limits(10, 10_000);

    static Holding person(String owner, String owned, double share) {
        return Holding.of(owner, owned, true, share, null, null);
    }

    static Holding entity(String owner, String owned, double share) {
        return Holding.of(owner, owned, false, share, null, null);
    }

    private static List<BeneficialOwners.BeneficialOwner> owners(String target, List<Holding> holdings) {
        return OwnershipChecks.beneficialOwners(EffectiveOwnership.compute(target, holdings, LIMITS), Map.of(), 0.25, 100);
    }

    @Test
    void multiplies_along_a_chain() {
        var bos = owners("B", List.of(person("P", "A", 0.6), entity("A", "B", 0.5)));
        assertThat(bos).singleElement().satisfies(bo -> {
            assertThat(bo.effectiveShareMin()).isCloseTo(0.3, within(1e-12));
            assertThat(bo.uncertain()).isFalse();
            assertThat(bo.paths()).singleElement().satisfies(path -> assertThat(path).extracting(BeneficialOwners.Stake::ownerId)
                    .containsExactly("P", "A"));
        });
    }

    @Test
    void adds_across_paths_to_reach_the_threshold() {
        var bos = owners("B", List.of(person("P", "B", 0.2), person("P", "A", 0.5), entity("A", "B", 0.2)));
        assertThat(bos).singleElement().satisfies(bo -> {
            assertThat(bo.effectiveShareMin()).isCloseTo(0.3, within(1e-12));
            assertThat(bo.paths()).hasSize(2);
        });
    }

    @Test
    void cycle_is_reported_and_not_counted_twice() {
        var result = EffectiveOwnership.compute("B", List.of(person("P", "A", 0.6), entity("A", "B", 0.5),
                entity("B", "A", 0.4)), LIMITS);
        assertThat(result.owners().get("P").min()).isCloseTo(0.3, within(1e-12));
        assertThat(result.cycles()).containsExactly(List.of("A", "B"));
    }

    @Test
    void company_holding_its_own_shares_is_a_cycle_of_one() {
        var result = EffectiveOwnership.compute("A", List.of(entity("A", "A", 0.1), person("P", "A", 0.9)), LIMITS);
        assertThat(result.cycles()).containsExactly(List.of("A"));
        assertThat(result.owners().get("P").min()).isCloseTo(0.9, within(1e-12));
        assertThat(OwnershipChecks.findings(List.of(entity("A", "A", 0.1))))
                .extracting(Finding::code).containsExactly(Finding.Code.SELF_OWNERSHIP);
    }

    @Test
    void band_that_decides_the_verdict_is_uncertain() {
        var bos = owners("A", List.of(Holding.of("P", "A", true, null, 0.2, 0.3), Holding.of("Q", "A", true, null, 0.25, 0.5)));
        assertThat(bos).extracting(BeneficialOwners.BeneficialOwner::id).containsExactly("Q", "P");
        assertThat(bos).extracting(BeneficialOwners.BeneficialOwner::uncertain).containsExactly(false, true);
    }

    @Test
    void unknown_share_is_never_certain_and_never_controls() {
        Holding unknown = Holding.of("P", "A", true, null, null, null);
        assertThat(owners("A", List.of(unknown))).singleElement().satisfies(bo -> assertThat(bo.uncertain()).isTrue());
        assertThat(Holding.of("X", "A", false, null, null, null).controlling()).isFalse();
        assertThat(OwnershipChecks.findings(List.of(unknown))).extracting(Finding::code).containsExactly(Finding.Code.UNKNOWN_SHARE);
    }

    @Test
    void depth_bounds_the_walk() {
        List<Holding> chain = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            chain.add(entity("E" + (i + 1), "E" + i, 1.0));
        }
        chain.add(person("P", "E10", 1.0));
        assertThat(owners("E0", chain)).isEmpty();
        assertThat(owners("E1", chain)).extracting(BeneficialOwners.BeneficialOwner::id).containsExactly("P");
    }

    @Test
    void totals_above_100_percent_are_a_finding() {
        assertThat(OwnershipChecks.findings(List.of(person("P", "A", 0.7), person("Q", "A", 0.6))))
                .extracting(Finding::code).containsExactly(Finding.Code.SHARES_ABOVE_100_PERCENT);
    }

    @Test
    void path_limit_is_reported() {
        var result = EffectiveOwnership.compute("A", List.of(person("P", "A", 0.5), person("Q", "A", 0.5)),
                new EffectiveOwnership.Limits(10, 1));
        assertThat(result.truncated()).isTrue();
    }
}
