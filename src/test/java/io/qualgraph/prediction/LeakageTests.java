package io.qualgraph.prediction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class LeakageTests {

    private static Observations withLeak(int n) {
        Random random = new Random(3);
        boolean[] positive = new boolean[n];
        String[] status = new String[n];
        double[] afterwards = new double[n];
        double[] honest = new double[n];
        for (int i = 0; i < n; i++) {
            positive[i] = random.nextBoolean();
            status[i] = (positive[i] ? "closed-" : "lost-") + random.nextInt(3);
            afterwards[i] = random.nextGaussian();
            honest[i] = random.nextGaussian() + (positive[i] ? 0.5 : 0);
        }
        return new Observations(List.of(Column.categorical("status", status), Column.numeric("afterwards", afterwards),
                Column.numeric("honest", honest)), positive, null, null, null);
    }

    @Test
    void flags_a_category_that_gives_the_outcome_away_and_a_column_declared_known_after() {
        List<Leakage.Flag> flags = Leakage.check(withLeak(400), Set.of("afterwards"), Set.of(), 1);
        assertThat(flags).extracting(Leakage.Flag::feature, Leakage.Flag::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("status", Leakage.SINGLE_FEATURE_AUC),
                org.assertj.core.groups.Tuple.tuple("afterwards", Leakage.KNOWN_AFTER_OUTCOME));
        assertThat(flags.get(0).auc()).isGreaterThanOrEqualTo(0.9);
        assertThat(Leakage.excluded(flags)).containsExactly("status", "afterwards");
    }

    @Test
    void a_kept_flag_is_reported_but_not_excluded() {
        List<Leakage.Flag> flags = Leakage.check(withLeak(400), Set.of(), Set.of("status"), 1);
        assertThat(flags).singleElement().satisfies(flag -> assertThat(flag.kept()).isTrue());
        assertThat(Leakage.excluded(flags)).isEmpty();
    }

    @Test
    void a_rare_category_cannot_look_perfect_out_of_fold() {
        int n = 300;
        boolean[] positive = new boolean[n];
        String[] ids = new String[n];
        Random random = new Random(5);
        for (int i = 0; i < n; i++) {
            positive[i] = random.nextBoolean();
            ids[i] = "row-" + i;
        }
        assertThat(Leakage.singleFeatureAuc(Column.categorical("id", ids), positive, 1)).isLessThan(0.65);
    }

    @Test
    void a_number_ranks_in_its_better_direction_with_unknowns_lowest() {
        double[] values = {5, 4, Double.NaN, 1};
        boolean[] positive = {false, false, true, true};
        assertThat(Leakage.singleFeatureAuc(Column.numeric("x", values), positive, 1)).isEqualTo(1.0);
    }
}
