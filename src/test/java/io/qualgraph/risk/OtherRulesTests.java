package io.qualgraph.risk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OtherRulesTests {

    @Test
    void pep_beneficial_owner_through_a_chain_gives_high() {
        Graphs g = new Graphs().party(new RiskGraph.Party("P", "Pat", true, "FR", true)).entity("H", "E")
                .owns("P", "H", 0.6).owns("H", "E", 0.5);
        Assessment a = g.assess("E", Regime.AGGREGATE);
        assertThat(a.level()).isEqualTo(RiskLevel.HIGH);
        assertThat(a.evidence().get(0).path()).containsExactly("P", "H", "E");
    }

    @Test
    void pep_below_the_beneficial_owner_threshold_does_not_count() {
        Graphs g = new Graphs().person("P").entity("H", "E").flag("P", RiskFlagType.PEP, null, null)
                .owns("P", "H", 0.4).owns("H", "E", 0.5);
        assertThat(g.level("E")).isEqualTo(RiskLevel.NONE);
    }

    @Test
    void high_risk_jurisdiction_up_the_chain_gives_elevated() {
        Graphs g = new Graphs().party(new RiskGraph.Party("IRCO", "Iran Co", false, "IR", false)).entity("M", "E")
                .owns("IRCO", "M", 0.1).owns("M", "E", 0.9);
        Assessment a = g.assess("E", Regime.AGGREGATE);
        assertThat(a.level()).isEqualTo(RiskLevel.ELEVATED);
        assertThat(a.evidence().get(0).path()).containsExactly("IRCO", "M", "E");
        assertThat(a.evidence().get(0).detail()).contains("TEST list");
    }

    @Test
    void adverse_media_on_entity_or_beneficial_owner_gives_elevated_and_enforcement_high() {
        Graphs g = new Graphs().person("P").entity("E", "F").flag("P", RiskFlagType.ADVERSE_MEDIA, null, null)
                .owns("P", "E", 0.3).flag("F", RiskFlagType.ENFORCEMENT, null, null);
        assertThat(g.level("E")).isEqualTo(RiskLevel.ELEVATED);
        assertThat(g.level("F")).isEqualTo(RiskLevel.HIGH);
    }

    @Test
    void evidence_fingerprint_changes_with_the_evidence_only() {
        Graphs g = new Graphs().person("X").entity("E").listed("X").owns("X", "E", 0.3);
        Graphs same = new Graphs().person("X").entity("E").listed("X").owns("X", "E", 0.3);
        Graphs more = new Graphs().person("X").entity("E").listed("X").owns("X", "E", 0.4);
        assertThat(g.assess("E", Regime.AGGREGATE).fingerprint()).isEqualTo(same.assess("E", Regime.AGGREGATE).fingerprint())
                .isNotEqualTo(more.assess("E", Regime.AGGREGATE).fingerprint());
    }
}
