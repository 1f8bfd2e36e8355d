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
}
