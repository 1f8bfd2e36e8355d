package io.qualgraph.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The structure statement returns every valid stake in the upward closure through stakes of any time; the walk keeps
 * exactly the stakes the depth-bounded breadth-first walk over stakes valid on the day would have met.
 */
class UpwardStakesTests {

    private static OwnsRow entity(String owner, String owned) {
        return new OwnsRow(owner, owner, false, owned, 0.6, null, null, null, null);
    }

    private static OwnsRow person(String owner, String owned) {
        return new OwnsRow(owner, owner, true, owned, 0.6, null, null, null, null);
    }

    private static List<String> pairs(List<OwnsRow> rows) {
        return rows.stream().map(r -> r.ownerId() + ">" + r.ownedId()).toList();
    }

    @Test
    void keeps_the_stakes_held_in_entities_fewer_than_depth_stakes_above() {
        List<OwnsRow> chain = List.of(entity("A", "X"), entity("B", "A"), entity("C", "B"), entity("D", "C"));
        assertThat(pairs(StakeReader.reached("X", chain, 2))).containsExactly("A>X", "B>A");
        assertThat(pairs(StakeReader.reached("X", chain, 10))).containsExactly("A>X", "B>A", "C>B", "D>C");
    }

    @Test
    void a_stake_that_is_not_valid_on_the_day_makes_the_valid_way_up_longer() {
        // C held X directly once (ended, so not among the candidates); today C is three valid stakes up.
        List<OwnsRow> valid = List.of(entity("A", "X"), entity("B", "A"), entity("C", "B"), entity("E", "C"));
        assertThat(pairs(StakeReader.reached("X", valid, 3))).containsExactly("A>X", "B>A", "C>B");
    }

    @Test
    void a_cycle_keeps_its_closing_stake_and_ends() {
        List<OwnsRow> cycle = List.of(entity("A", "X"), entity("X", "A"), person("P", "A"));
        assertThat(pairs(StakeReader.reached("X", cycle, 10))).containsExactlyInAnyOrder("A>X", "X>A", "P>A");
    }

    @Test
    void persons_are_never_walked_through_and_unconnected_candidates_are_dropped() {
        List<OwnsRow> rows = Stream.of(person("P", "X"), entity("Q", "P"), entity("Z", "Y")).toList();
        assertThat(pairs(StakeReader.reached("X", rows, 10))).containsExactly("P>X");
    }
}
