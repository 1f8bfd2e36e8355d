package io.qualgraph.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.qualgraph.support.Graph;
import org.springframework.stereotype.Service;

/** Beneficial owners read from the graph: stakes loaded upward (depth-bounded), arithmetic in {@link EffectiveOwnership}. */
@Service
class BeneficialOwnerService implements BeneficialOwners {

    private final Graph graph;
    private final StakeReader reader;
    private final OwnershipProperties properties;

    BeneficialOwnerService(Graph graph, StakeReader reader, OwnershipProperties properties) {
        this.graph = graph;
        this.reader = reader;
        this.properties = properties;
    }

    /** Persons at or above the threshold at {@code asOf}, largest first; empty for an unknown id. */
    @Override
    public List<BeneficialOwner> of(String entityId, Instant asOf) {
        List<OwnsRow> rows = graph.read(tx -> reader.upward(tx, entityId, day(asOf), properties.maxDepth()));
        return analyse(entityId, rows).beneficialOwners();
    }

    /** Effective shares, beneficial owners and findings of one entity from the stakes loaded upward from it. */
    Upward analyse(String entityId, List<OwnsRow> rows) {
        List<Holding> holdings = rows.stream().map(OwnsRow::holding).toList();
        EffectiveOwnership.Result result = EffectiveOwnership.compute(entityId, holdings, properties.limits());
        Map<String, String> names = new HashMap<>();
        rows.forEach(r -> names.put(r.ownerId(), r.ownerName()));
        List<BeneficialOwner> owners = OwnershipChecks.beneficialOwners(result, names,
                properties.beneficialOwnerThreshold(), properties.maxPathsPerOwner());
        return new Upward(rows, result, owners, OwnershipChecks.findings(holdings));
    }

    /** What the upward walk of one entity found. */
    record Upward(List<OwnsRow> rows, EffectiveOwnership.Result result, List<BeneficialOwner> beneficialOwners,
            List<Finding> findings) {
    }

    static LocalDate day(Instant asOf) {
        return LocalDate.ofInstant(asOf, ZoneOffset.UTC);
    }
}
