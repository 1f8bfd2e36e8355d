package io.qualgraph.risk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The four examples of OFAC FAQ 401 (the 50 Percent Rule), as OFAC words them. */
class OfacFaq401Tests {

    @Test
    void example_1_x_owns_50_of_a_and_a_owns_50_of_b_blocks_b() {
        Graphs g = new Graphs().person("X").entity("A", "B").listed("X").owns("X", "A", 0.5).owns("A", "B", 0.5);
        assertThat(g.level("A")).isEqualTo(RiskLevel.BLOCKED);
        assertThat(g.level("B")).isEqualTo(RiskLevel.BLOCKED);
        assertThat(g.assess("B", Regime.AGGREGATE).evidence().get(0).path()).containsExactly("X", "A", "B");
    }

    @Test
    void example_2_a_and_b_each_own_25_of_c_blocks_c() {
        Graphs g = new Graphs().person("X").entity("A", "B", "C").listed("X")
                .owns("X", "A", 0.5).owns("X", "B", 0.5).owns("A", "C", 0.25).owns("B", "C", 0.25);
        assertThat(g.level("C")).isEqualTo(RiskLevel.BLOCKED);
    }

    @Test
    void example_3_x_owns_50_of_a_and_10_of_b_a_owns_40_of_b_blocks_b() {
        Graphs g = new Graphs().person("X").entity("A", "B").listed("X")
                .owns("X", "A", 0.5).owns("X", "B", 0.1).owns("A", "B", 0.4);
        Assessment b = g.assess("B", Regime.AGGREGATE);
        assertThat(b.level()).isEqualTo(RiskLevel.BLOCKED);
        assertThat(b.evidence().get(0).detail()).contains("50%", "X holds 10% of B", "A holds 40% of B");
        assertThat(b.evidence()).extracting(Evidence::rule)
                .containsExactly("SANCTIONS_OWNERSHIP", "SANCTIONS_LISTING", "SANCTIONS_OWNERSHIP");
    }

    @Test
    void example_4_x_owns_25_of_a_and_b_each_owning_50_of_c_leaves_c_unblocked() {
        Graphs g = new Graphs().person("X").entity("A", "B", "C").listed("X")
                .owns("X", "A", 0.25).owns("X", "B", 0.25).owns("A", "C", 0.5).owns("B", "C", 0.5);
        assertThat(g.level("A")).isEqualTo(RiskLevel.ELEVATED);
        assertThat(g.level("C")).isNotEqualTo(RiskLevel.BLOCKED);
    }
}
