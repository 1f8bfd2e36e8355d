package io.qualgraph.prediction;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.qualgraph.support.Graph;
import io.qualgraph.support.ModelActivated;
import io.qualgraph.support.Problem;
import org.neo4j.driver.Record;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The predictive models kept in the graph: every trained model is stored unchanged (report and model bytes), and an
 * append-only list of activations says which version predicts for each target at any instant. Activating an earlier
 * version is the roll-back; deactivating the version in force leaves the target to the rules alone (an activation
 * of no version). Only a VALIDATED model may be activated.
 */
@Service
public class PredictiveModels {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The model predicting for a target at an instant. */
    public record Active(String version, Target target, FittedModel model) {
    }

    /** From {@code at} on, {@code version} predicts for {@code target}; a null version: no model does. */
    private record Activation(String version, Target target, Instant at) {
        static Activation from(Record r) {
            return new Activation(r.get("version").asString(null), Target.valueOf(r.get("target").asString()),
                    r.get("at").asZonedDateTime().toInstant());
        }
    }

    /** How long activations read from the graph are reused (another instance's activation shows after this). */
    private static final Duration ACTIVATIONS_MAX_AGE = Duration.ofSeconds(10);

    private record Seen(List<Activation> activations, Instant readAt) {
    }

    private final Graph graph;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Map<String, FittedModel> loaded = new ConcurrentHashMap<>();
    private volatile Seen seen;

    PredictiveModels(Graph graph, Clock clock, ApplicationEventPublisher events) {
        this.graph = graph;
        this.clock = clock;
        this.events = events;
    }

    /** Stores a trained model; 409 when the version exists (versions are immutable). */
    public void store(Training.Result result, String by) {
        ModelReport report = result.report();
        boolean created = graph.write(tx -> tx.run(graph.cypher().get("queries/prediction/insert-model"), Map.of(
                "version", report.version(), "target", report.target().name(), "algorithm", report.algorithm().name(),
                "status", report.status().name(), "report", JSON.writeValueAsString(report), "model",
                result.model().bytes(), "trainedAt", report.trainedAt().atZone(ZoneOffset.UTC), "trainedBy", by))
                .single().get("created").asBoolean());
        if (!created) {
            throw Problem.conflict("Predictive model version '" + report.version() + "' already exists");
        }
    }

    public boolean exists(String version) {
        return graph.query("queries/prediction/model-exists", Map.of("version", version), r -> r.get("exists").asBoolean())
                .get(0);
    }

    /** Every stored model, oldest first, the ones predicting now marked. */
    public List<StoredPredictiveModel> list() {
        List<Activation> activations = activations();
        Instant now = clock.instant();
        return graph.query("queries/prediction/models", Map.of(), r -> {
            ModelReport report = JSON.readValue(r.get("report").asString(), ModelReport.class);
            boolean active = inForce(activations, report.target(), now).map(a -> a.version().equals(report.version()))
                    .orElse(false);
            return new StoredPredictiveModel(report.version(), report.target(), report.algorithm(), report.status(),
                    report.trainedAt(), r.get("trainedBy").asString(null), active, report);
        });
    }

    /** One stored model; 404 for an unknown version. */
    public StoredPredictiveModel find(String version) {
        return list().stream().filter(m -> m.version().equals(version)).findFirst()
                .orElseThrow(() -> Problem.notFound("predictive model version", version));
    }

    /**
     * Puts {@code version} in force for its target from now on (also the way to roll back).
     *
     * @throws Problem 404 for an unknown version, 409 for a HYPOTHESIS (the rules stay in charge)
     */
    public StoredPredictiveModel activate(String version, String by) {
        StoredPredictiveModel model = find(version);
        if (model.status() != ModelReport.Status.VALIDATED) {
            throw Problem.conflict("Predictive model '" + version + "' is a HYPOTHESIS (" + model.report().statusReason()
                    + "); only a VALIDATED model may be activated");
        }
        graph.write(tx -> tx.run(graph.cypher().get("queries/prediction/insert-activation"), Map.of("version", version,
                "at", clock.instant().atZone(ZoneOffset.UTC), "by", by)).consume());
        seen = null;
        events.publishEvent(new ModelActivated("predictive model", version));
        return find(version);
    }

    /**
     * Takes {@code version} out of force from now on: no learned model predicts for its target until one is activated
     * again; the answers at earlier instants keep its prediction.
     *
     * @throws Problem 404 for an unknown version, 409 when it is not the version in force for its target
     */
    public StoredPredictiveModel deactivate(String version, String by) {
        StoredPredictiveModel model = find(version);
        if (!model.active()) {
            throw Problem.conflict("Predictive model '" + version + "' is not in force for " + model.report().target()
                    + "; only the version in force can be deactivated");
        }
        graph.write(tx -> tx.run(graph.cypher().get("queries/prediction/insert-deactivation"), Map.of("version",
                version, "at", clock.instant().atZone(ZoneOffset.UTC), "by", by)).consume());
        seen = null;
        events.publishEvent(new ModelActivated("predictive model", null));
        return find(version);
    }

    /** The model predicting for {@code target} at {@code asOf}, if one was activated by then and is still in force. */
    public Optional<Active> activeAt(Target target, Instant asOf) {
        return inForce(activations(), target, asOf).map(a -> new Active(a.version(), target, load(a.version())));
    }

    private FittedModel load(String version) {
        return loaded.computeIfAbsent(version, v -> FittedModel.read(graph.query("queries/prediction/model-bytes",
                Map.of("version", v), r -> r.get("model").asByteArray()).get(0)));
    }

    /** The activations, read again after this instance activated a model or once {@link #ACTIVATIONS_MAX_AGE} passed. */
    private List<Activation> activations() {
        Seen last = seen;
        Instant now = clock.instant();
        if (last == null || !last.readAt().plus(ACTIVATIONS_MAX_AGE).isAfter(now) || last.readAt().isAfter(now)) {
            last = new Seen(graph.query("queries/prediction/activations", Map.of(), Activation::from), now);
            seen = last;
        }
        return last.activations();
    }

    private static Optional<Activation> inForce(List<Activation> activations, Target target, Instant asOf) {
        Activation last = null;
        for (Activation a : activations) {
            if (a.target() == target && !a.at().isAfter(asOf)) {
                last = a;
            }
        }
        return Optional.ofNullable(last).filter(a -> a.version() != null);
    }
}
