package io.qualgraph.prediction;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import io.qualgraph.scoring.Tier;
import io.qualgraph.support.Problem;

/**
 * One training run, the same for graph outcomes and labelled files: leakage check, honest validation (a
 * time-ordered holdout when the rows have time, stratified cross-validation otherwise), the rules baseline on the
 * same rows, then the final model fitted on every row.
 */
public final class Training {

    /** Outcomes needed before a model may be VALIDATED (DESIGN §6). */
    public static final int MIN_OUTCOMES = 200;
    /** Each outcome must occur this often among the validated rows for the measures to mean anything. */
    public static final int MIN_VALIDATED_PER_CLASS = 10;
    /** A model that ranks no better than this is not worth activating. */
    public static final double MIN_AUC = 0.6;
    /** The latest quarter of the rows is the time holdout. */
    public static final double HOLDOUT_SHARE = 0.25;
    public static final int FOLDS = 5;

    /** Where the request's parts came from, so a problem names the field the caller wrote. */
    public record Fields(String label, String knownAfter, String keep) {
        public static final Fields API = new Fields("target", "knownAfter", "keep");
        public static final Fields COMMAND_LINE = new Fields("--label", "--known-after", "--keep");
    }

    /** What to train: columns declared known only after the outcome, flagged columns to keep anyway. */
    public record Request(String version, Target target, Algorithm algorithm, String source, Set<String> knownAfter,
            Set<String> keep, String rulesVersion, Instant trainedAt, long seed, Fields fields) {
    }

    /** The report and the model fitted on every row. */
    public record Result(ModelReport report, FittedModel model) {
    }

    /** Told of each stage as it completes: {@code done} of {@code total} steps. */
    public interface Progress {
        void step(String stage, int done, int total);

        Progress NONE = (stage, done, total) -> {
        };
    }

    private final Learner learner;

    public Training(Learner learner) {
        this.learner = learner;
    }

    public Result run(Observations observed, List<Excluded> excludedAtRead, Request request, Progress progress) {
        checkRequest(observed, excludedAtRead, request);
        List<Excluded> excluded = new ArrayList<>(excludedAtRead);
        Set<String> constant = new HashSet<>();
        for (Column column : observed.columns()) {
            if (column.distinct() <= 1) {
                constant.add(column.name());
                excluded.add(new Excluded(column.name(), Excluded.CONSTANT));
            }
        }
        Observations all = observed.without(constant);
        int total = (all.hasTime() ? 1 : FOLDS) + 2;
        Map<String, Double> aucs = Leakage.singleFeatureAucs(all, request.seed());
        List<Leakage.Flag> flags = Leakage.check(all, aucs, request.knownAfter(), request.keep());
        Observations data = all.without(Leakage.excluded(flags));
        if (data.columns().isEmpty()) {
            throw Problem.invalid(request.fields().keep(), "every feature was excluded (" + flags.size()
                    + " flagged by the leakage check); nothing is left to learn from");
        }
        progress.step("leakage check", 1, total);
        Validated validated = all.hasTime() ? timeHoldout(data, request, progress, total)
                : crossValidated(data, request, progress, total);
        FittedModel model = learner.fit(request.algorithm(), data, request.seed());
        progress.step("final model", total, total);
        Validation validation = validated.validation(data);
        ModelReport.RulesBaseline baseline = baseline(data, validated.rows(), request.rulesVersion());
        flags.stream().filter(f -> !f.kept()).forEach(f -> excluded.add(new Excluded(f.feature(), f.reason())));
        int outcomes = all.size();
        String refusal = refusal(outcomes, validation);
        ModelReport report = new ModelReport(request.version(), request.target(), request.algorithm(),
                refusal == null ? ModelReport.Status.VALIDATED : ModelReport.Status.HYPOTHESIS,
                refusal == null ? "validated on " + validation.rows() + " rows not trained on" : refusal,
                request.trainedAt(), request.source(),
                new ModelReport.Rows(all.size() - (all.hasTime() ? validated.rows().length : 0),
                        validated.rows().length, all.positives()),
                validation, baseline, flags, excluded, features(data, aucs));
        return new Result(report, model);
    }

    private static void checkRequest(Observations all, List<Excluded> excludedAtRead, Request request) {
        int positives = all.positives();
        if (positives == 0 || positives == all.size()) {
            throw Problem.invalid(request.fields().label(), "has one class only: all " + all.size() + " rows are "
                    + (positives == 0 ? "negative" : "positive") + "; a model needs both outcomes");
        }
        Set<String> known = new HashSet<>();
        all.columns().forEach(c -> known.add(c.name()));
        excludedAtRead.forEach(e -> known.add(e.feature()));
        for (String name : request.knownAfter()) {
            if (!known.contains(name)) {
                throw Problem.invalid(request.fields().knownAfter(), "no column '" + name + "'");
            }
        }
        for (String name : request.keep()) {
            if (!known.contains(name)) {
                throw Problem.invalid(request.fields().keep(), "no column '" + name + "'");
            }
        }
    }

    /** Out-of-sample probabilities for some rows. */
    private record Validated(Validation.Method method, int folds, int[] rows, double[] probabilities,
            Instant holdoutFrom) {

        Validation validation(Observations data) {
            if (rows.length == 0) {
                return null;
            }
            Observations validated = data.rows(rows);
            boolean[] positive = validated.positive();
            TierOutcomes tiers = data.hasRules() ? TierOutcomes.of(modelTiers(validated.rulesTiers(), probabilities),
                    positive) : null;
            return new Validation(method, folds, holdoutFrom, rows.length, validated.positives(),
                    Metrics.orNull(Metrics.auc(probabilities, positive)),
                    Metrics.orNull(Metrics.logLoss(probabilities, positive)),
                    Metrics.orNull(Metrics.brier(probabilities, positive)), Metrics.orNull(Metrics.baseRate(positive)),
                    Metrics.calibration(probabilities, positive), Metrics.lift(probabilities, positive), tiers);
        }
    }

    private Validated timeHoldout(Observations data, Request request, Progress progress, int total) {
        int[] order = data.byTime();
        int cut = (int) Math.floor(order.length * (1 - HOLDOUT_SHARE));
        int[] train = Arrays.copyOfRange(order, 0, cut);
        int[] holdout = Arrays.copyOfRange(order, cut, order.length);
        Observations trainRows = data.rows(train);
        int trainPositives = trainRows.positives();
        if (trainPositives == 0 || trainPositives == train.length || holdout.length == 0) {
            progress.step("time holdout skipped", 2, total);
            return new Validated(Validation.Method.TIME_HOLDOUT, 1, new int[0], new double[0], null);
        }
        double[] probabilities = learner.fit(request.algorithm(), trainRows, request.seed())
                .probabilities(data.rows(holdout));
        progress.step("time holdout", 2, total);
        return new Validated(Validation.Method.TIME_HOLDOUT, 1, holdout, probabilities,
                Instant.ofEpochMilli(data.times()[holdout[0]]));
    }

    private Validated crossValidated(Observations data, Request request, Progress progress, int total) {
        int[] fold = stratifiedFolds(data.positive(), request.seed());
        double[] probabilities = new double[data.size()];
        for (int f = 0; f < FOLDS; f++) {
            int current = f;
            int[] train = IntStream.range(0, data.size()).filter(i -> fold[i] != current).toArray();
            int[] test = IntStream.range(0, data.size()).filter(i -> fold[i] == current).toArray();
            double[] predicted = learner.fit(request.algorithm(), data.rows(train), request.seed())
                    .probabilities(data.rows(test));
            for (int i = 0; i < test.length; i++) {
                probabilities[test[i]] = predicted[i];
            }
            progress.step("cross-validation fold " + (f + 1), f + 2, total);
        }
        return new Validated(Validation.Method.STRATIFIED_CV, FOLDS, IntStream.range(0, data.size()).toArray(),
                probabilities, null);
    }

    /** Fold of each row: positives and negatives each shuffled and dealt round-robin, so every fold has both. */
    static int[] stratifiedFolds(boolean[] positive, long seed) {
        int[] fold = new int[positive.length];
        Random random = new Random(seed);
        for (boolean cls : new boolean[] {true, false}) {
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < positive.length; i++) {
                if (positive[i] == cls) {
                    members.add(i);
                }
            }
            java.util.Collections.shuffle(members, random);
            for (int k = 0; k < members.size(); k++) {
                fold[members.get(k)] = k % FOLDS;
            }
        }
        return fold;
    }

    /** The model's tiers: its top-ranked rows in the same counts as the rules model gave each tier. */
    static Tier[] modelTiers(Tier[] rulesTiers, double[] probabilities) {
        Tier[] sortedTiers = rulesTiers.clone();
        Arrays.sort(sortedTiers, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));
        Integer[] order = IntStream.range(0, probabilities.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, (a, b) -> Double.compare(probabilities[b], probabilities[a]));
        Tier[] tiers = new Tier[probabilities.length];
        for (int rank = 0; rank < order.length; rank++) {
            tiers[order[rank]] = sortedTiers[rank];
        }
        return tiers;
    }

    private static ModelReport.RulesBaseline baseline(Observations data, int[] rows, String rulesVersion) {
        if (!data.hasRules() || rows.length == 0) {
            return null;
        }
        Observations validated = data.rows(rows);
        return new ModelReport.RulesBaseline(rulesVersion,
                Metrics.orNull(Metrics.auc(validated.rulesScores(), validated.positive())),
                TierOutcomes.of(validated.rulesTiers(), validated.positive()));
    }

    private static String refusal(int outcomes, Validation validation) {
        if (outcomes < MIN_OUTCOMES) {
            return outcomes + " closed outcomes; at least " + MIN_OUTCOMES + " are needed before a model may replace"
                    + " the rules";
        }
        if (validation == null) {
            return "no holdout with both outcomes could be formed";
        }
        int negatives = validation.rows() - validation.positives();
        if (validation.positives() < MIN_VALIDATED_PER_CLASS || negatives < MIN_VALIDATED_PER_CLASS) {
            return "the validated rows hold " + validation.positives() + " positive and " + negatives
                    + " negative outcomes; at least " + MIN_VALIDATED_PER_CLASS + " of each are needed";
        }
        if (validation.auc() == null || validation.auc() < MIN_AUC) {
            return "validated AUC " + validation.auc() + " is below " + MIN_AUC;
        }
        return null;
    }

    private static List<ModelReport.Feature> features(Observations data, Map<String, Double> aucs) {
        return data.columns().stream().map(c -> new ModelReport.Feature(c.name(), c.isNumeric() ? "NUMERIC"
                : "CATEGORICAL", Metrics.orNull(aucs.get(c.name())))).toList();
    }
}
