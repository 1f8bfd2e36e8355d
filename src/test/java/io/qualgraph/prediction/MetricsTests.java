package io.qualgraph.prediction;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import io.qualgraph.scoring.Tier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MetricsTests {

    @Test
    void auc_of_known_rankings_with_ties_counting_half() {
        boolean[] outcome = {true, true, false, false};
        assertThat(Metrics.auc(new double[] {0.9, 0.8, 0.2, 0.1}, outcome)).isEqualTo(1.0);
        assertThat(Metrics.auc(new double[] {0.1, 0.2, 0.8, 0.9}, outcome)).isEqualTo(0.0);
        assertThat(Metrics.auc(new double[] {0.5, 0.5, 0.5, 0.5}, outcome)).isEqualTo(0.5);
        // pairs (p, n): (0.9 > 0.5), (0.9 > 0.1), (0.5 = 0.5 → ½), (0.5 > 0.1) = 3.5 of 4
        assertThat(Metrics.auc(new double[] {0.9, 0.5, 0.5, 0.1}, outcome)).isEqualTo(0.875);
        assertThat(Metrics.auc(new double[] {0.3, 0.4}, new boolean[] {true, true})).isNaN();
    }

    static Stream<Long> seeds() {
        return new Random(7).longs(20).boxed();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void auc_equals_the_share_of_correctly_ordered_pairs(long seed) {
        Random random = new Random(seed);
        int n = 5 + random.nextInt(60);
        double[] scores = new double[n];
        boolean[] positive = new boolean[n];
        for (int i = 0; i < n; i++) {
            scores[i] = random.nextInt(8);
            positive[i] = random.nextBoolean();
        }
        positive[0] = true;
        positive[1] = false;
        double pairs = 0;
        double ordered = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (positive[i] && !positive[j]) {
                    pairs++;
                    ordered += scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0;
                }
            }
        }
        assertThat(Metrics.auc(scores, positive)).isCloseTo(ordered / pairs, within(1e-12));
    }

    @Test
    void log_loss_and_brier_of_known_values() {
        boolean[] outcome = {true, false};
        assertThat(Metrics.logLoss(new double[] {0.8, 0.4}, outcome)).isCloseTo(-(Math.log(0.8) + Math.log(0.6)) / 2,
                within(1e-12));
        assertThat(Metrics.brier(new double[] {0.8, 0.4}, outcome)).isCloseTo((0.04 + 0.16) / 2, within(1e-12));
        assertThat(Metrics.logLoss(new double[] {0, 1}, outcome)).isFinite().isGreaterThan(30);
    }

    @Test
    void deciles_rank_highest_first_and_recall_reaches_one() {
        int n = 100;
        double[] p = new double[n];
        boolean[] positive = new boolean[n];
        for (int i = 0; i < n; i++) {
            p[i] = i / 100.0;
            positive[i] = i >= 80;
        }
        List<Metrics.Lift> lift = Metrics.lift(p, positive);
        assertThat(lift).hasSize(10);
        assertThat(lift.get(0).precision()).isEqualTo(1.0);
        assertThat(lift.get(0).lift()).isEqualTo(5.0);
        assertThat(lift.get(1).cumulativeRecall()).isEqualTo(1.0);
        assertThat(lift.get(9).positives()).isZero();
        List<Metrics.Calibration> calibration = Metrics.calibration(p, positive);
        assertThat(calibration.get(0).meanPredicted()).isCloseTo(0.945, within(1e-9));
        assertThat(calibration.get(0).observedRate()).isEqualTo(1.0);
        assertThat(calibration).extracting(Metrics.Calibration::rows).containsOnly(10);
    }

    @Test
    void tier_outcomes_count_win_rates_and_selections() {
        Tier[] tiers = {Tier.T1, Tier.T1, Tier.T2, Tier.T2, Tier.T3, Tier.T4};
        boolean[] won = {true, true, true, false, false, false};
        TierOutcomes outcomes = TierOutcomes.of(tiers, won);
        assertThat(outcomes.tiers().get(0)).isEqualTo(new TierOutcomes.TierRow(io.qualgraph.scoring.Tier.T1, 2, 2, 0,
                1.0, 2.0));
        assertThat(outcomes.tiers().get(3).winRate()).isEqualTo(0.0);
        assertThat(outcomes.t1()).isEqualTo(new TierOutcomes.Selection(2, 2, 1.0, 0.6667));
        assertThat(outcomes.t1AndT2()).isEqualTo(new TierOutcomes.Selection(4, 3, 0.75, 1.0));
        assertThat(TierOutcomes.of(new Tier[] {Tier.T4}, new boolean[] {false}).tiers().get(0).winRate()).isNull();
    }
}
