package io.qualgraph.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SanctionsByOwnershipTests {

    @Test
    void a_stake_of_49_99_percent_does_not_block() {
        Graphs g = new Graphs().person("X").entity("E").listed("X").owns("X", "E", 0.4999);
        assertThat(g.level("E")).isEqualTo(RiskLevel.ELEVATED);
        assertThat(g.assess("E", Regime.AGGREGATE).evidence().get(0).rule()).isEqualTo("SANCTIONS_MINORITY_STAKE");
    }

    @Test
    void blocks_entity_owned_30_and_25_percent_by_two_listed_parties() {
        Graphs g = new Graphs().person("X").person("Y").entity("E").listed("X").listed("Y")
                .owns("X", "E", 0.3).owns("Y", "E", 0.25);
        assertThat(g.level("E")).isEqualTo(RiskLevel.BLOCKED);
        assertThat(g.assess("E", Regime.SINGLE_OWNER).level()).isEqualTo(RiskLevel.ELEVATED);
    }

    @Test
    void single_owner_regime_needs_more_than_half_from_one_party() {
        Graphs half = new Graphs().person("X").entity("E").listed("X").owns("X", "E", 0.5);
        assertThat(half.assess("E", Regime.SINGLE_OWNER).level()).isEqualTo(RiskLevel.ELEVATED);
        assertThat(half.assess("E", Regime.AGGREGATE).level()).isEqualTo(RiskLevel.BLOCKED);
        Graphs more = new Graphs().person("X").entity("E").listed("X").owns("X", "E", 0.51);
        assertThat(more.assess("E", Regime.SINGLE_OWNER).level()).isEqualTo(RiskLevel.BLOCKED);
    }

    @Test
    void blocked_intermediary_counts_in_full_and_unblocked_one_not_at_all() {
        Graphs g = new Graphs().person("X").entity("A", "U", "E").listed("X")
                .owns("X", "A", 0.6).owns("A", "E", 0.3).owns("X", "U", 0.4).owns("U", "E", 0.4);
        assertThat(g.level("E")).isEqualTo(RiskLevel.ELEVATED);
        Graphs h = new Graphs().person("X").entity("A", "E").listed("X").owns("X", "A", 0.5).owns("A", "E", 0.5);
        assertThat(h.assess("E", Regime.AGGREGATE).evidence().get(0).detail()).contains("A holds 50% of E");
    }

    @Test
    void cycle_terminates_and_blocks_both_ends_when_entered_from_outside() {
        Graphs g = new Graphs().person("X").entity("A", "B", "C").listed("X")
                .owns("X", "A", 0.5).owns("A", "B", 0.6).owns("B", "A", 0.3).owns("B", "C", 0.2);
        assertThat(g.level("B")).isEqualTo(RiskLevel.BLOCKED);
        assertThat(g.level("A")).isEqualTo(RiskLevel.BLOCKED);
        assertThat(g.level("C")).isEqualTo(RiskLevel.ELEVATED);
        Graphs closed = new Graphs().entity("A", "B").owns("A", "B", 0.9).owns("B", "A", 0.9);
        assertThat(closed.level("A")).isEqualTo(RiskLevel.NONE);
    }

    @Test
    void overlapping_records_of_one_stake_are_not_added_twice() {
        Graphs g = new Graphs().person("X").entity("E").listed("X")
                .owns("X", "E", 0.3, "2019-01-01", null).owns("X", "E", 0.3, "2021-01-01", null);
        assertThat(g.level("E")).isEqualTo(RiskLevel.ELEVATED);
    }

    @Test
    void ended_stake_does_not_block_and_past_as_of_still_does() {
        Graphs g = new Graphs().person("X").entity("E").flag("X", RiskFlagType.SANCTIONED, "2018-01-01", null)
                .owns("X", "E", 0.6, "2015-01-01", "2021-01-01");
        assertThat(g.level("E")).isEqualTo(RiskLevel.NONE);
        assertThat(g.assess("E", Regime.AGGREGATE, LocalDate.parse("2020-06-30")).level()).isEqualTo(RiskLevel.BLOCKED);
    }

    @Test
    void listing_after_the_ownership_ended_never_blocks() {
        Graphs g = new Graphs().person("X").entity("E").flag("X", RiskFlagType.SANCTIONED, "2022-03-01", null)
                .owns("X", "E", 0.8, "2015-01-01", "2021-01-01");
        assertThat(g.assess("E", Regime.AGGREGATE, LocalDate.parse("2020-06-30")).level()).isEqualTo(RiskLevel.NONE);
        assertThat(g.level("E")).isEqualTo(RiskLevel.NONE);
    }

    @Test
    void delisted_party_blocked_in_2020_is_clear_today_with_a_former_listing() {
        Graphs g = new Graphs().person("X").entity("E").flag("E", RiskFlagType.SANCTIONED, "2019-01-01", "2022-01-01");
        assertThat(g.assess("E", Regime.AGGREGATE, LocalDate.parse("2020-01-01")).level()).isEqualTo(RiskLevel.BLOCKED);
        assertThat(g.level("E")).isEqualTo(RiskLevel.LOW);
    }

    @Test
    void band_blocks_on_its_lower_bound_and_flags_the_upper_bound_for_review() {
        Graphs sure = new Graphs().person("X").entity("E").listed("X")
                .stake(new RiskGraph.Stake("X", "E", null, 0.5, 0.75, null, null, "PSC"));
        assertThat(sure.level("E")).isEqualTo(RiskLevel.BLOCKED);
        Graphs maybe = new Graphs().person("X").entity("E").listed("X")
                .stake(new RiskGraph.Stake("X", "E", null, 0.25, 0.5, null, null, "PSC"));
        Assessment a = maybe.assess("E", Regime.AGGREGATE);
        assertThat(a.level()).isEqualTo(RiskLevel.HIGH);
        assertThat(a.evidence().get(0).rule()).isEqualTo("SANCTIONS_OWNERSHIP_POSSIBLE");
    }

    @Test
    void unknown_share_never_counts_but_is_mentioned() {
        Graphs g = new Graphs().person("X").entity("E").listed("X")
                .stake(new RiskGraph.Stake("X", "E", null, null, null, null, null, "register"));
        Assessment a = g.assess("E", Regime.AGGREGATE);
        assertThat(a.level()).isEqualTo(RiskLevel.ELEVATED);
        assertThat(a.evidence().get(0).rule()).isEqualTo("SANCTIONS_UNKNOWN_SHARE");
        assertThat(a.evidence().get(0).detail()).contains("unknown share");
    }

    @Test
    void listed_entity_is_blocked_directly_with_its_listing() {
        Graphs g = new Graphs().entity("E").listed("E");
        Assessment a = g.assess("E", Regime.AGGREGATE);
        assertThat(a.level()).isEqualTo(RiskLevel.BLOCKED);
        assertThat(a.evidence().get(0).detail()).contains("OFAC SDN");
    }
}
