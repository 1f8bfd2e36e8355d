package io.qualgraph.scoringmodels;

import io.qualgraph.scoring.ScoringModelFile;
import io.qualgraph.scoring.ScoringModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.qualgraph.support.Graph;
import io.qualgraph.support.ModelActivated;
import io.qualgraph.support.Problem;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The versions of the scoring model kept in the graph: every uploaded version is stored unchanged, and an
 * append-only list of activations says which version was in force at any instant. The shipped default is
 * installed on an empty graph and counts as in force since the epoch.
 */
@Service
public class ScoringModels implements InitializingBean {

    /** A stored version: its id, when and by whom it was stored, whether it is in force now. */
    public record Version(String version, Instant createdAt, String createdBy, boolean active, String text) {
    }

    private static final String DEFAULT = "scoring-models/default-v1.yaml";

    private final Graph graph;
    private final StoredModelRepository stored;
    private final Clock clock;
    private final Map<String, ScoringModel> parsed = new ConcurrentHashMap<>();
    private volatile List<Activation> lastSeen;
    private final ApplicationEventPublisher events;

    ScoringModels(Graph graph, StoredModelRepository stored, Clock clock, ApplicationEventPublisher events) {
        this.graph = graph;
        this.stored = stored;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public void afterPropertiesSet() {
        ScoringModel shipped = parse(readDefault());
        if (stored.count() == 0) {
            store(readDefault(), "shipped default", Instant.EPOCH);
            activate(shipped.version(), "shipped default", Instant.EPOCH);
        }
    }

    /** The model in force at {@code asOf}: the last activation at or before it. */
    public ScoringModel activeAt(Instant asOf) {
        return graph.read(tx -> activeAt(tx, asOf));
    }

    /** As {@link #activeAt(Instant)}, inside the caller's read transaction. */
    public ScoringModel activeAt(TransactionContext tx, Instant asOf) {
        return inForce(tx.run(graph.cypher().get("queries/scoring/model-activations"), Map.of()).list(Activation::from), asOf);
    }

    /**
     * The model in force at {@code asOf} by the activations seen last, without reading the graph: a guess that a
     * caller reading the activations in the same statement as its data confirms with {@link #inForce(Value, Instant)}.
     */
    public ScoringModel likelyAt(Instant asOf) {
        List<Activation> seen = lastSeen;
        return seen == null ? activeAt(asOf) : inForce(seen, asOf);
    }

    /** The model in force at {@code asOf} by activations read elsewhere (a list of maps {version, at}, oldest first). */
    public ScoringModel inForce(Value activations, Instant asOf) {
        return inForce(activations.asList(v -> new Activation(v.get("version").asString(),
                v.get("at").asZonedDateTime().toInstant())), asOf);
    }

    private ScoringModel inForce(List<Activation> activations, Instant asOf) {
        lastSeen = List.copyOf(activations);
        String version = activations.get(0).version();
        for (Activation activation : activations) {
            if (!activation.at().isAfter(asOf)) {
                version = activation.version();
            }
        }
        return byVersion(version);
    }

    /** Every stored version, oldest first, with the one in force now marked. */
    public List<Version> versions() {
        String current = current();
        return stored.findAllByOrderByCreatedAtAscVersionAsc().stream().map(m -> version(m, current)).toList();
    }

    private String current() {
        List<Activation> activations = graph.query("queries/scoring/model-activations", Map.of(), Activation::from);
        return activations.isEmpty() ? null : activations.get(activations.size() - 1).version();
    }

    private static Version version(StoredModel m, String current) {
        return new Version(m.version(), m.createdAt().toInstant(), m.createdBy(), m.version().equals(current), m.text());
    }

    /**
     * Validates and stores a new version (not yet active).
     *
     * @throws Problem 400 listing every problem of the file, 409 when the version id already exists
     */
    public Version upload(String text, String by) {
        ScoringModel model = parse(text);
        if (!store(text, by, clock.instant())) {
            throw Problem.conflict("Scoring model version '" + model.version()
                    + "' already exists; versions are immutable, give the new file another version");
        }
        return find(model.version());
    }

    /** Puts {@code version} in force from now on (also the way to roll back); 404 for an unknown version. */
    public Version activate(String version, String by) {
        find(version);
        activate(version, by, clock.instant());
        return find(version);
    }

    private Version find(String version) {
        return stored.findById(version).map(m -> version(m, current()))
                .orElseThrow(() -> Problem.notFound("scoring model version", version));
    }

    /** The parsed model of a stored version; 404 for an unknown one. */
    public ScoringModel model(String version) {
        return byVersion(version);
    }

    private ScoringModel byVersion(String version) {
        return parsed.computeIfAbsent(version, v -> parse(find(v).text()));
    }

    private static ScoringModel parse(String text) {
        ScoringModelFile.Check check = ScoringModelFile.read(text);
        if (!check.valid()) {
            throw Problem.invalid(check.problems().stream().map(ScoringModels::fieldError).toList());
        }
        return check.model();
    }

    /** A model-file problem ({@code "path: message"}, {@code $} the whole file) as a field error under {@code model}. */
    private static Problem.FieldError fieldError(String problem) {
        String[] parts = problem.split(": ", 2);
        String path = parts[0].equals("$") ? "model" : "model." + parts[0];
        return new Problem.FieldError(path, parts.length > 1 ? parts[1] : problem);
    }

    private boolean store(String text, String by, Instant at) {
        return graph.write(tx -> tx.run(graph.cypher().get("queries/scoring/insert-model"), Map.of("version",
                parse(text).version(), "text", text, "createdAt", utc(at), "createdBy", by)).single().get("created").asBoolean());
    }

    private void activate(String version, String by, Instant at) {
        graph.write(tx -> tx.run(graph.cypher().get("queries/scoring/insert-activation"),
                Map.of("version", version, "at", utc(at), "by", by)).consume());
        lastSeen = null;
        events.publishEvent(new ModelActivated("scoring model", version));
    }

    private static ZonedDateTime utc(Instant at) {
        return at.atZone(ZoneOffset.UTC);
    }

    private static String readDefault() {
        try {
            return new ClassPathResource(DEFAULT).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The shipped scoring model " + DEFAULT + " is missing", e);
        }
    }

    private record Activation(String version, Instant at) {
        static Activation from(org.neo4j.driver.Record r) {
            return new Activation(r.get("version").asString(), r.get("at").asZonedDateTime().toInstant());
        }
    }
}
