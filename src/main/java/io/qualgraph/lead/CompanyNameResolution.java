package io.qualgraph.lead;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.qualgraph.scoringmodels.ScoringModels;
import io.qualgraph.support.Graph;
import org.springframework.stereotype.Component;

/**
 * The company-name step of resolution on its own: which entity a lead that gives only a company name (and perhaps a
 * country) would resolve to as the graph stands, in a read transaction that writes nothing, by the same statements and
 * {@link Resolver} as intake, with the resolution rules of the model this service last saw in force (intake reads the
 * model in its write transaction). The lead benchmark times it.
 */
@Component
public class CompanyNameResolution {

    private static final String PROBE = "company-name-probe";

    private final Graph graph;
    private final LeadResolution resolution;
    private final ScoringModels models;
    private final Clock clock;

    CompanyNameResolution(Graph graph, LeadResolution resolution, ScoringModels models, Clock clock) {
        this.graph = graph;
        this.resolution = resolution;
        this.models = models;
        this.clock = clock;
    }

    /** The id of the entity {@code company} resolves to within {@code country} (null: any), if any does. */
    public Optional<String> entityFor(String company, String country) {
        Instant now = clock.instant();
        LeadKeys keys = new LeadKeys(PROBE, null, null, null, null, null, null, company,
                CompanyNames.normalise(company), country);
        return graph.read(tx -> {
            Resolution resolved = resolution.resolve(tx, List.of(keys), Map.of(PROBE, now),
                    models.likelyAt(now).lead().resolution()).get(PROBE);
            return Optional.ofNullable(resolved.match()).map(Match::entityId);
        });
    }
}
