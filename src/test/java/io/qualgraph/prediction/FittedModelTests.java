package io.qualgraph.prediction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FittedModelTests {

    private static final Observations ROWS = Synthetic.rows(600, 11, false);

    @ParameterizedTest
    @EnumSource(Algorithm.class)
    void every_explanation_adds_up_to_the_predicted_probability(Algorithm algorithm) {
        FittedModel model = new Learner(2).fit(algorithm, ROWS, 5);
        double[] probabilities = model.probabilities(ROWS);
        for (int row = 0; row < 40; row++) {
            Explanation explanation = model.explain(ROWS, row);
            assertThat(Explanation.sigmoid(explanation.logOdds())).as("row %d", row)
                    .isCloseTo(probabilities[row], within(1e-4));
            assertThat(explanation.probability()).isCloseTo(probabilities[row], within(1e-4));
            assertThat(explanation.factors()).extracting(Factor::feature).doesNotHaveDuplicates()
                    .isSubsetOf("signal", "noise", "region");
        }
    }

    @ParameterizedTest
    @EnumSource(Algorithm.class)
    void the_signal_explains_more_than_the_noise(Algorithm algorithm) {
        FittedModel model = new Learner(2).fit(algorithm, ROWS, 5);
        double signal = 0;
        double noise = 0;
        for (int row = 0; row < 200; row++) {
            for (Factor factor : model.explain(ROWS, row).factors()) {
                signal += factor.feature().equals("signal") ? Math.abs(factor.contribution()) : 0;
                noise += factor.feature().equals("noise") ? Math.abs(factor.contribution()) : 0;
            }
        }
        assertThat(signal).isGreaterThan(2 * noise);
    }

    @ParameterizedTest
    @EnumSource(Algorithm.class)
    void bytes_round_trip_to_the_same_predictions(Algorithm algorithm) {
        FittedModel model = new Learner(2).fit(algorithm, ROWS, 5);
        FittedModel read = FittedModel.read(model.bytes());
        assertThat(read.algorithm()).isEqualTo(algorithm);
        assertThat(read.columns()).containsExactly("signal", "noise", "region");
        assertThat(read.probabilities(ROWS)).containsExactly(model.probabilities(ROWS), within(1e-6));
        assertThat(read.explain(ROWS, 3)).isEqualTo(model.explain(ROWS, 3));
    }

    @Test
    void a_value_unseen_in_training_is_read_as_other_not_an_error() {
        FittedModel model = new Learner(2).fit(Algorithm.LOGISTIC_REGRESSION, ROWS, 5);
        Observations unseen = new Observations(java.util.List.of(Column.numeric("signal", new double[] {Double.NaN}),
                Column.numeric("noise", new double[] {0}), Column.categorical("region", new String[] {"moon"})),
                new boolean[] {false}, null, null, null);
        Explanation explanation = model.explain(unseen, 0);
        assertThat(explanation.probability()).isBetween(0.0, 1.0);
        assertThat(explanation.factors()).extracting(Factor::value).contains("moon");
    }
}
