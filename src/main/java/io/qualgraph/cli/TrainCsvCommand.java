package io.qualgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.qualgraph.prediction.Algorithm;
import io.qualgraph.prediction.CsvTraining;
import io.qualgraph.prediction.LabelledCsv;
import io.qualgraph.prediction.Learner;
import io.qualgraph.prediction.ModelReport;
import io.qualgraph.prediction.Training;
import io.qualgraph.support.Problem;

import org.springframework.stereotype.Component;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code train-csv FILE --label COLUMN [--positive V] [--separator C] [--known-after C1,C2] [--keep C1,C2]
 * [--time COLUMN] [--algorithm A] [--seed N] [--report FILE]}: trains on a labelled CSV, prints the report's
 * summary and writes the whole report as JSON.
 */
@Component
class TrainCsvCommand implements Command {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final Clock clock;

    TrainCsvCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String name() {
        return "train-csv";
    }

    @Override
    public String usage() {
        return "FILE --label COLUMN [--positive V] [--separator C] [--known-after C1,C2] [--keep C1,C2] [--time COLUMN]"
                + " [--algorithm LOGISTIC_REGRESSION|GRADIENT_BOOSTED_TREES] [--seed N] [--report FILE]"
                + " — learn from a labelled CSV of leads and write the model report";
    }

    @Override
    public int run(List<String> args) throws Exception {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (Problem problem) {
            System.err.println("train-csv: " + problem.getMessage());
            System.err.println("usage: train-csv " + usage());
            return 2;
        }
        long started = System.nanoTime();
        Training.Result result;
        try {
            result = new CsvTraining(new Learner(Runtime.getRuntime().availableProcessors())).train(arguments.request(),
                    clock.instant(), (stage, done, total) -> System.out.printf("%s (%d of %d, %.1f s)%n", stage, done,
                            total, (System.nanoTime() - started) / 1e9));
        } catch (Problem problem) {
            System.err.println("train-csv: " + problem.getMessage());
            return 2;
        }
        ModelReport report = result.report();
        print(report, (System.nanoTime() - started) / 1e9);
        if (arguments.report() != null) {
            Files.writeString(arguments.report(), JSON.writeValueAsString(report));
            System.out.println("report written to " + arguments.report());
        }
        return 0;
    }

    private static void print(ModelReport report, double seconds) {
        System.out.printf("%s %s on %,d rows (%,d positive) in %.1f s: %s — %s%n", report.algorithm(), report.version(),
                report.rows().train(), report.rows().positives(), seconds, report.status(), report.statusReason());
        if (report.validation() != null) {
            System.out.printf("validation %s: AUC %s, log loss %s, Brier %s, base rate %s%n", report.validation().method(),
                    report.validation().auc(), report.validation().logLoss(), report.validation().brier(),
                    report.validation().baseRate());
        }
        report.leakage().forEach(flag -> System.out.printf("leakage: %s %s (single-feature AUC %s)%s%n", flag.feature(),
                flag.reason(), flag.auc(), flag.kept() ? ", kept" : ", excluded"));
        report.excluded().stream().filter(e -> report.leakage().stream().noneMatch(f -> f.feature().equals(e.feature())))
                .forEach(e -> System.out.printf("excluded: %s %s%n", e.feature(), e.reason()));
        System.out.printf("%d features used%n", report.features().size());
    }

    /** The parsed command line; a bad one is a problem naming the flag. */
    record Arguments(CsvTraining.Request request, Path report) {

        static Arguments parse(List<String> args) {
            List<String> positional = new ArrayList<>();
            String label = null;
            String positive = null;
            String time = null;
            char separator = ',';
            Algorithm algorithm = Algorithm.GRADIENT_BOOSTED_TREES;
            Set<String> knownAfter = Set.of();
            Set<String> keep = Set.of();
            Path report = null;
            long seed = 42;
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                if (!arg.startsWith("--")) {
                    positional.add(arg);
                    continue;
                }
                if (i + 1 >= args.size()) {
                    throw Problem.invalid(arg, "needs a value");
                }
                String value = args.get(++i);
                switch (arg) {
                    case "--label" -> label = value;
                    case "--positive" -> positive = value;
                    case "--time" -> time = value;
                    case "--separator" -> separator = separator(value);
                    case "--algorithm" -> algorithm = Algorithm.parse(value, "--algorithm");
                    case "--known-after" -> knownAfter = names(value);
                    case "--keep" -> keep = names(value);
                    case "--report" -> report = Path.of(value);
                    case "--seed" -> seed = seed(value);
                    default -> throw Problem.invalid(arg, "is not an option of train-csv");
                }
            }
            if (positional.size() != 1) {
                throw Problem.invalid("FILE", "exactly one file is needed, not " + positional.size());
            }
            if (label == null || label.isBlank()) {
                throw Problem.invalid("--label", "the outcome column is required");
            }
            return new Arguments(new CsvTraining.Request(Path.of(positional.get(0)),
                    new LabelledCsv.Options(label, positive, separator, time), algorithm, knownAfter, keep, seed), report);
        }

        private static char separator(String value) {
            String text = value.equals("\\t") || value.equalsIgnoreCase("tab") ? "\t" : value;
            if (text.length() != 1 || text.equals("\"")) {
                throw Problem.invalid("--separator", "must be one character other than a quote, not '" + value + "'");
            }
            return text.charAt(0);
        }

        private static Set<String> names(String value) {
            Set<String> names = new LinkedHashSet<>();
            Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(names::add);
            return names;
        }

        private static long seed(String value) {
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw Problem.invalid("--seed", "must be a whole number, not '" + value + "'");
            }
        }
    }
}
