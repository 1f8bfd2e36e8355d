package io.qualgraph.prediction;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.qualgraph.scoring.Tier;
import io.qualgraph.support.Problem;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrainingTests {

    private static Training.Result train(Observations rows, Algorithm algorithm, Set<String> knownAfter,
            List<String> progress) {
        return new Training(new Learner(2)).run(rows, List.of(), new Training.Request("m1", Target.OPPORTUNITY_WON,
                algorithm, "test", knownAfter, Set.of(), "rules-1", Instant.EPOCH, 9, Training.Fields.API),
                (stage, done, total) -> progress.add(stage + " " + done + "/" + total));
    }

    @Test
    void rows_with_time_are_validated_on_the_latest_quarter_against_the_rules() {
        List<String> progress = new ArrayList<>();
        Observations rows = Synthetic.rows(800, 21, true);
        ModelReport report = train(rows, Algorithm.LOGISTIC_REGRESSION, Set.of(), progress).report();
        assertThat(report.validation().method()).isEqualTo(Validation.Method.TIME_HOLDOUT);
        assertThat(report.rows()).isEqualTo(new ModelReport.Rows(600, 200, rows.positives()));
        assertThat(report.validation().holdoutFrom()).isEqualTo(Instant.ofEpochMilli(rows.times()[600]));
        assertThat(report.validation().auc()).isGreaterThan(0.7);
        assertThat(report.status()).isEqualTo(ModelReport.Status.VALIDATED);
        assertThat(report.rulesBaseline().modelVersion()).isEqualTo("rules-1");
        assertThat(report.rulesBaseline().auc()).isBetween(0.5, report.validation().auc());
        assertThat(report.rulesBaseline().tiers().tiers()).extracting(TierOutcomes.TierRow::accounts)
                .containsExactlyElementsOf(report.validation().tiers().tiers().stream()
                        .map(TierOutcomes.TierRow::accounts).toList());
        assertThat(report.validation().calibration()).hasSize(10);
        assertThat(progress).containsExactly("leakage check 1/3", "time holdout 2/3", "final model 3/3");
    }

    @Test
    void rows_without_time_are_cross_validated_in_stratified_folds() {
        List<String> progress = new ArrayList<>();
        ModelReport report = train(Synthetic.rows(500, 22, false), Algorithm.GRADIENT_BOOSTED_TREES, Set.of("noise"),
                progress).report();
        assertThat(report.validation().method()).isEqualTo(Validation.Method.STRATIFIED_CV);
        assertThat(report.validation().folds()).isEqualTo(5);
        assertThat(report.validation().rows()).isEqualTo(500);
        assertThat(report.rulesBaseline()).isNull();
        assertThat(report.leakage()).extracting(Leakage.Flag::feature).containsExactly("noise");
        assertThat(report.features()).extracting(ModelReport.Feature::name).containsExactly("signal", "region");
        assertThat(progress).hasSize(7).last().isEqualTo("final model 7/7");
    }

    @Test
    void under_two_hundred_outcomes_the_report_is_a_hypothesis() {
        ModelReport report = train(Synthetic.rows(150, 23, true), Algorithm.LOGISTIC_REGRESSION, Set.of(),
                new ArrayList<>()).report();
        assertThat(report.status()).isEqualTo(ModelReport.Status.HYPOTHESIS);
        assertThat(report.statusReason()).contains("150 closed outcomes", "200");
    }

    @Test
    void one_class_and_unknown_columns_are_problems_naming_the_field() {
        Observations rows = Synthetic.rows(100, 24, false);
        Observations allNegative = new Observations(rows.columns(), new boolean[100], null, null, null);
        assertThatThrownBy(() -> train(allNegative, Algorithm.LOGISTIC_REGRESSION, Set.of(), new ArrayList<>()))
                .isInstanceOfSatisfying(Problem.class, p -> {
                    assertThat(p.errors().get(0).path()).isEqualTo("target");
                    assertThat(p.getMessage()).contains("one class only");
                });
        assertThatThrownBy(() -> train(rows, Algorithm.LOGISTIC_REGRESSION, Set.of("nope"), new ArrayList<>()))
                .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.errors().get(0).path()).isEqualTo("knownAfter"));
    }

    @Test
    void model_tiers_take_the_top_ranked_rows_in_the_rules_counts() {
        Tier[] tiers = Training.modelTiers(new Tier[] {Tier.T3, Tier.T1, Tier.T2, Tier.T3}, new double[] {0.9, 0.1, 0.5, 0.2});
        assertThat(tiers).containsExactly(Tier.T1, Tier.T3, Tier.T2, Tier.T3);
    }

    @Test
    void a_column_with_one_known_value_is_left_out_as_constant() {
        Observations rows = Synthetic.rows(300, 25, false);
        List<Column> columns = new ArrayList<>(rows.columns());
        columns.add(Column.categorical("country", java.util.Collections.nCopies(300, "DE").toArray(String[]::new)));
        ModelReport report = train(new Observations(columns, rows.positive(), null, null, null),
                Algorithm.LOGISTIC_REGRESSION, Set.of(), new ArrayList<>()).report();
        assertThat(report.excluded()).containsExactly(new Excluded("country", Excluded.CONSTANT));
        assertThat(report.features()).extracting(ModelReport.Feature::name).doesNotContain("country");
    }
}
