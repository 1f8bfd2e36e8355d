package io.qualgraph.risk;

import io.qualgraph.entity.OwnershipProperties;
import io.qualgraph.support.Graph;
import io.qualgraph.support.Problem;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.types.MapAccessor;
import org.springframework.stereotype.Service;

/** KYC risk of legal entities: computed on demand from the upward subgraph, or read from the stored current level. */
@Service
public class RiskService implements RiskLevels {

    private final Graph graph;
    private final RiskLoader loader;
    private final RiskProperties properties;
    private final OwnershipProperties ownership;
    private final Clock clock;

    RiskService(Graph graph, RiskLoader loader, RiskProperties properties, OwnershipProperties ownership, Clock clock) {
        this.graph = graph;
        this.loader = loader;
        this.properties = properties;
        this.ownership = ownership;
        this.clock = clock;
    }

    /** The regime a request names, or the configured one when blank; an unknown name is a 400 problem. */
    public Regime regime(String text) {
        if (text == null || text.isBlank()) {
            return properties.regime();
        }
        try {
            return Regime.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problem.invalid("regime", "must be one of " + Arrays.toString(Regime.values()) + ", was '" + text + "'");
        }
    }

    /** The risk of one legal entity at {@code asOf} under {@code regime}, with evidence; 404 for an unknown id. */
    public Assessment assess(String entityId, Instant asOf, Regime regime) {
        LocalDate day = day(asOf);
        return graph.read(tx -> {
            RiskGraph g = loader.upward(tx, List.of(entityId), day, properties.maxDepth());
            RiskGraph.Party self = g.parties().get(entityId);
            if (self == null || self.person()) {
                throw Problem.notFound("legal entity", entityId);
            }
            return RiskRules.assess(g, List.of(entityId), day, regime, settings()).get(entityId);
        });
    }

    /** Levels under the configured regime: stored levels when they were computed for that day, else computed. */
    @Override
    public Map<String, RiskLevel> levelsOf(Collection<String> entityIds, Instant asOf) {
        return graph.read(tx -> levelsOf(tx, entityIds, asOf));
    }

    @Override
    public Map<String, RiskLevel> levelsOf(TransactionContext tx, Collection<String> entityIds, Instant asOf) {
        LocalDate day = day(asOf);
        Map<String, RiskLevel> out = new HashMap<>();
        entityIds.forEach(id -> out.put(id, RiskLevel.NONE));
        List<String> missing = RiskStore.stored(tx, graph.cypher(), entityIds, day, properties.regime(), out);
        if (!missing.isEmpty()) {
            assessAll(tx, missing, day, properties.regime()).forEach((id, a) -> out.put(id, a.level()));
        }
        return out;
    }

    @Override
    public Optional<RiskLevel> storedLevel(MapAccessor stored, Instant asOf) {
        return RiskStore.fresh(stored, day(asOf), properties.regime());
    }

    /** Assessments of the given entities inside a caller's transaction (write-time maintenance and reads). */
    Map<String, Assessment> assessAll(TransactionContext tx, Collection<String> ids, LocalDate day, Regime regime) {
        RiskGraph g = loader.upward(tx, ids, day, properties.maxDepth());
        List<String> entities = ids.stream().filter(id -> g.parties().containsKey(id) && !g.parties().get(id).person()).toList();
        return RiskRules.assess(g, entities, day, regime, settings());
    }

    RiskRules.Settings settings() {
        return properties.settings(ownership.beneficialOwnerWalk());
    }

    Regime configuredRegime() {
        return properties.regime();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    static LocalDate day(Instant asOf) {
        return LocalDate.ofInstant(asOf, ZoneOffset.UTC);
    }
}
