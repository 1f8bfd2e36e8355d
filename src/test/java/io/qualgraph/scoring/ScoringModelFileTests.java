package io.qualgraph.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScoringModelFileTests {

    @Test
    void shipped_default_model_is_valid_and_follows_common_practice() {
        ScoringModel model = Models.defaultModel();
        assertThat(model.version()).isEqualTo("default-v1");
        assertThat(model.engagement().points()).containsEntry(io.qualgraph.scoring.EngagementType.DEMO_REQUEST, 25)
                .containsEntry(io.qualgraph.scoring.EngagementType.UNSUBSCRIBE, -25);
    }

    @Test
    void a_bad_file_is_rejected_with_every_problem_named() {
        String bad = Models.defaultText()
                .replace("version: default-v1", "version: 'bad version!'")
                .replace("accountCap: 40", "accountCap: 0")
                .replace("    A: 24\n", "    A: 1\n");
        ScoringModelFile.Check check = ScoringModelFile.read(bad);
        assertThat(check.valid()).isFalse();
        assertThat(check.problems()).as(check.problems().toString()).anyMatch(p -> p.startsWith("version"))
                .anyMatch(p -> p.contains("accountCap"))
                .anyMatch(p -> p.contains("A ≥ B ≥ C"));
    }

    @Test
    void unknown_fields_and_broken_yaml_are_problems_not_exceptions() {
        assertThat(ScoringModelFile.read("version: x\nsurprise: 1").problems()).hasSize(1);
        assertThat(ScoringModelFile.read("version: [unclosed").valid()).isFalse();
        assertThat(ScoringModelFile.read("").valid()).isFalse();
    }

    @Test
    void a_predicted_win_upgrade_needs_a_probability_and_only_it_may_have_one() {
        String rule = "  upgrades:                # upgrade events lift the tier the thresholds give (never past the risk gate or grade D)\n";
        assertThat(Models.defaultText()).contains(rule);
        ScoringModelFile.Check good = ScoringModelFile.read(Models.defaultText().replace(rule,
                rule + "    - {event: PREDICTED_WIN, minProbability: 0.6, grades: [A, B], tier: T2}\n"));
        assertThat(good.problems()).isEmpty();
        assertThat(good.model().readsWinProbability()).isTrue();
        assertThat(Models.defaultModel().readsWinProbability()).isFalse();
        assertThat(ScoringModelFile.read(Models.defaultText().replace(rule, rule
                + "    - {event: PREDICTED_WIN, tier: T2}\n    - {event: PREDICTED_WIN, minProbability: 1.5, tier: T2}\n"
                + "    - {event: HOT_ACTION, minProbability: 0.5, tier: T2}\n")).problems())
                .anyMatch(p -> p.startsWith("qualification.upgrades[0]") && p.contains("minProbability in (0, 1]"))
                .anyMatch(p -> p.startsWith("qualification.upgrades[1]") && p.contains("minProbability in (0, 1]"))
                .anyMatch(p -> p.startsWith("qualification.upgrades[2]") && p.contains("PREDICTED_WIN only"));
    }
}
