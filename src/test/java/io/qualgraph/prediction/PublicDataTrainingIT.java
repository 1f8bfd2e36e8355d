package io.qualgraph.prediction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The two public lead/marketing files of ../shared/data/external through the same code as {@code train-csv}: the
 * leakage check and the cross-validated AUC the issue asks for. Skipped, with the reason, only when the folder
 * is absent.
 */
class PublicDataTrainingIT {

    static final Path LEADS = Path.of("../shared/data/external/x-education-leads/Leads.csv");
    static final Path BANK = Path.of("../shared/data/external/uci-bank-marketing/bank-additional-full.csv");

    private static Training.Result train(Path file, LabelledCsv.Options options, Algorithm algorithm,
            Set<String> knownAfter) {
        assumeThat(Files.exists(file)).as(file + " is not present (../shared/data/external)").isTrue();
        long started = System.nanoTime();
        Training.Result result = new CsvTraining(new Learner(Runtime.getRuntime().availableProcessors())).train(
                new CsvTraining.Request(file, options, algorithm, knownAfter, Set.of(), 42), Instant.EPOCH,
                Training.Progress.NONE);
        ModelReport report = result.report();
        System.out.printf("%s %s: %d rows, CV AUC %s, log loss %s, Brier %s, %.1f s, leakage %s, excluded %s%n",
                file.getFileName(), algorithm, report.rows().train(), report.validation().auc(),
                report.validation().logLoss(), report.validation().brier(), (System.nanoTime() - started) / 1e9,
                report.leakage(), report.excluded());
        return result;
    }

    @Test
    void x_education_leads_flag_tags_and_trees_reach_the_published_auc_without_it() {
        Training.Result result = train(LEADS, new LabelledCsv.Options("Converted", null, ',', null),
                Algorithm.GRADIENT_BOOSTED_TREES, Set.of("Lead Quality"));
        ModelReport report = result.report();
        assertThat(report.leakage()).anySatisfy(flag -> {
            assertThat(flag.feature()).isEqualTo("Tags");
            assertThat(flag.reason()).isEqualTo(Leakage.SINGLE_FEATURE_AUC);
            assertThat(flag.auc()).isGreaterThanOrEqualTo(0.9);
        });
        assertThat(report.leakage()).anySatisfy(flag -> {
            assertThat(flag.feature()).isEqualTo("Lead Quality");
            assertThat(flag.reason()).isEqualTo(Leakage.KNOWN_AFTER_OUTCOME);
        });
        assertThat(report.features()).extracting(ModelReport.Feature::name)
                .doesNotContain("Tags", "Lead Quality", "Prospect ID", "Lead Number", "Converted");
        assertThat(report.validation().method()).isEqualTo(Validation.Method.STRATIFIED_CV);
        assertThat(report.validation().auc()).isGreaterThanOrEqualTo(0.925);
        assertThat(report.status()).isEqualTo(ModelReport.Status.VALIDATED);
    }

    @Test
    void x_education_leads_logistic_regression_is_in_the_published_range() {
        ModelReport report = train(LEADS, new LabelledCsv.Options("Converted", null, ',', null),
                Algorithm.LOGISTIC_REGRESSION, Set.of("Lead Quality")).report();
        assertThat(report.validation().auc()).isGreaterThanOrEqualTo(0.88);
    }

    @Test
    void bank_marketing_without_the_call_duration() {
        ModelReport report = train(BANK, new LabelledCsv.Options("y", "yes", ';', null),
                Algorithm.GRADIENT_BOOSTED_TREES, Set.of("duration")).report();
        assertThat(report.leakage()).extracting(Leakage.Flag::feature).contains("duration");
        assertThat(report.features()).extracting(ModelReport.Feature::name).doesNotContain("duration");
        assertThat(report.rows().train()).isEqualTo(41_188);
        assertThat(report.validation().auc()).isGreaterThanOrEqualTo(0.795);
    }
}
