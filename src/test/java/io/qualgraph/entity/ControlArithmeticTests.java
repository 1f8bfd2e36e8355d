package io.qualgraph.entity;

import static io.qualgraph.entity.EffectiveOwnershipTests.entity;
import static io.qualgraph.entity.EffectiveOwnershipTests.person;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class ControlArithmeticTests {

    @Test
    void follows_majority_stakes_to_the_ultimate_parent() {
        var result = ControlArithmetic.resolve(List.of("U", "M", "S"), List.of(entity("U", "M", 0.8), entity("M", "S", 0.51)));
        assertThat(result.ultimateOf()).containsEntry("S", "U").containsEntry("M", "U").containsEntry("U", "U");
        assertThat(result.family("U").members()).extracting(Families.Member::entityId).containsExactly("M", "S", "U");
        assertThat(result.controlPath("S")).containsExactly("S", "M", "U");
    }

    @Test
    void minority_stake_does_not_join_the_family() {
        var result = ControlArithmetic.resolve(List.of("U", "M"), List.of(entity("U", "M", 0.5)));
        assertThat(result.ultimateOf()).containsEntry("M", "M");
    }

    @Test
    void persons_are_never_parents() {
        var result = ControlArithmetic.resolve(List.of("A"), List.of(person("P", "A", 0.9)));
        assertThat(result.ultimateOf()).containsOnlyKeys("A").containsEntry("A", "A");
    }

    @Test
    void control_cycle_ends_at_its_lowest_id_and_is_reported() {
        var result = ControlArithmetic.resolve(List.of("B", "A", "C"),
                List.of(entity("A", "B", 0.6), entity("B", "A", 0.6), entity("B", "C", 0.7)));
        assertThat(result.ultimateOf()).containsEntry("A", "A").containsEntry("B", "A").containsEntry("C", "A");
        assertThat(result.cycles()).containsExactly(List.of("A", "B"));
        assertThat(result.controlPath("C")).containsExactly("C", "B", "A");
        assertThat(result.consistent()).isTrue();
    }

    @Test
    void maintained_rows_make_the_family_with_control_paths() {
        var family = ControlArithmetic.maintained("U", List.of(Arrays.asList("U", null), List.of("M", "U"), List.of("S", "M")));
        assertThat(family).isPresent();
        assertThat(family.get().members()).extracting(Families.Member::controlPath)
                .containsExactly(List.of("M", "U"), List.of("S", "M", "U"), List.of("U"));
    }

    /** Rows read while a write moved M to another family: S still names M as its parent, M is no longer listed. */
    @Test
    void maintained_rows_read_mid_write_are_no_family_rather_than_a_broken_one() {
        assertThat(ControlArithmetic.maintained("U", List.of(Arrays.asList("U", null), List.of("S", "M")))).isEmpty();
        assertThat(ControlArithmetic.maintained("U", List.of(List.of("M", "S"), List.of("S", "M")))).isEmpty();
        assertThat(ControlArithmetic.maintained("U", List.of(List.of("S", "U")))).isEmpty();
    }

    @Test
    void banded_control_needs_its_lower_bound_above_half() {
        assertThat(Holding.of("A", "B", false, null, 0.5, 0.75).controlling()).isFalse();
        assertThat(Holding.of("A", "B", false, null, 0.51, 0.75).controlling()).isTrue();
    }

    @Test
    void two_majority_holders_give_a_finding_and_the_larger_parent() {
        var result = ControlArithmetic.resolve(List.of("X"), List.of(entity("A", "X", 0.6), entity("B", "X", 0.7)));
        assertThat(result.parentOf()).containsEntry("X", "B");
        assertThat(result.findings()).extracting(Finding::code).containsExactly(Finding.Code.MULTIPLE_CONTROLLERS);
    }
}
