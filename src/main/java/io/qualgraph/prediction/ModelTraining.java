package io.qualgraph.prediction;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

import io.qualgraph.scoringmodels.ScoringModels;
import io.qualgraph.support.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/**
 * Training runs started through the API: the request is checked at once (a bad one is a 400 and starts nothing),
 * then one run at a time reads the graph's outcomes point in time, trains and stores the model on a background
 * thread while the caller reads its progress. The last {@value #KEPT} runs of this process are kept in memory.
 */
@Service
public class ModelTraining implements DisposableBean {

    static final int KEPT = 20;
    private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private static final Logger LOG = LoggerFactory.getLogger(ModelTraining.class);

    /** What a caller asks for; only {@code target} is required. */
    public record Request(String target, String algorithm, String version, List<String> knownAfter, List<String> keep,
            Long seed) {
    }

    public enum State { RUNNING, DONE, FAILED }

    /** The last completed step of a run. */
    public record Step(String stage, int done, int total) {
    }

    /** A run: its model version, where it is, and why it failed. */
    public record Run(String version, Target target, Algorithm algorithm, State state, Instant startedAt, Step progress,
            Instant finishedAt, String error) {

        Run stepped(Step step) {
            return new Run(version, target, algorithm, state, startedAt, step, null, null);
        }

        Run finished(State state, Instant at, String error) {
            return new Run(version, target, algorithm, state, startedAt, progress, at, error);
        }
    }

    private final OpportunityHistory history;
    private final LeadHistory leads;
    private final PredictiveModels models;
    private final ScoringModels rules;
    private final Clock clock;
    private final Training training = new Training(new Learner(Runtime.getRuntime().availableProcessors()));
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "model-training");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, AtomicReference<Run>> runs = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, AtomicReference<Run>> eldest) {
            return size() > KEPT;
        }
    };
    private String running;

    ModelTraining(OpportunityHistory history, LeadHistory leads, PredictiveModels models, ScoringModels rules,
            Clock clock) {
        this.history = history;
        this.leads = leads;
        this.models = models;
        this.rules = rules;
        this.clock = clock;
    }

    /**
     * Checks the request and starts the run in the background.
     *
     * @throws Problem 400 naming the field (target, algorithm, version, knownAfter, keep), 409 when the version
     *                 exists or another run is in progress
     */
    public synchronized Run start(Request request, String by) {
        Instant now = clock.instant();
        if (request.target() == null) {
            throw Problem.invalid("target", "is required: one of [OPPORTUNITY_WON, LEAD_CONVERTED]");
        }
        Target target = Target.parse(request.target(), "target");
        Algorithm algorithm = request.algorithm() == null ? Algorithm.GRADIENT_BOOSTED_TREES
                : Algorithm.parse(request.algorithm(), "algorithm");
        String version = request.version() == null ? "pm-" + STAMP.format(now) : request.version();
        if (!VERSION.matcher(version).matches()) {
            throw Problem.invalid("version", "must be 1–64 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        Set<String> knownAfter = features(target, "knownAfter", request.knownAfter());
        Set<String> keep = features(target, "keep", request.keep());
        if (running != null) {
            throw Problem.conflict("Training run " + running + " is in progress; read it at /api/predictive-models/"
                    + running);
        }
        if (runs.containsKey(version) || models.exists(version)) {
            throw Problem.conflict("Predictive model version '" + version + "' already exists");
        }
        long seed = request.seed() == null ? 42 : request.seed();
        AtomicReference<Run> run = new AtomicReference<>(new Run(version, target, algorithm, State.RUNNING, now,
                new Step("queued", 0, 1), null, null));
        runs.put(version, run);
        running = version;
        worker.execute(() -> execute(run, new Training.Request(version, target, algorithm, target.source(),
                knownAfter, keep, rules.activeAt(now).version(), now, seed, Training.Fields.API), by));
        return run.get();
    }

    /** A feature list of the request: each name must be one the target's features can have. */
    private static Set<String> features(Target target, String field, List<String> names) {
        Set<String> checked = new LinkedHashSet<>();
        for (String name : names == null ? List.<String>of() : names) {
            if (name == null || !target.features().isFeatureName(name)) {
                throw Problem.invalid(field, "'" + name + "' is not a feature of " + target + " ("
                        + target.features().naming() + ")");
            }
            checked.add(name);
        }
        return checked;
    }

    /** The run of {@code version} while this process remembers it. */
    public synchronized Optional<Run> run(String version) {
        return Optional.ofNullable(runs.get(version)).map(AtomicReference::get);
    }

    private void execute(AtomicReference<Run> run, Training.Request request, String by) {
        State state = State.FAILED;
        String error = null;
        try {
            Training.Progress progress = (stage, done, total) -> run.updateAndGet(r -> r.stepped(new Step(stage, done,
                    total)));
            Observations observations = request.target() == Target.OPPORTUNITY_WON
                    ? OpportunityHistory.observations(history.read(null, progress))
                    : LeadHistory.observations(leads.read(request.trainedAt(), progress));
            Training.Result result = training.run(observations, List.of(), request, progress);
            models.store(result, by);
            state = State.DONE;
        } catch (Problem problem) {
            error = problem.getMessage();
        } catch (RuntimeException e) {
            LOG.error("Training run {} failed", request.version(), e);
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
        } finally {
            synchronized (this) {
                running = null;
                State finalState = state;
                String why = error;
                run.updateAndGet(r -> r.finished(finalState, clock.instant(), why));
            }
        }
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
