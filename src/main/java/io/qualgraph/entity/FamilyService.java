package io.qualgraph.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.qualgraph.support.CypherRegistry;
import io.qualgraph.support.Graph;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.types.MapAccessor;
import org.springframework.stereotype.Service;

/**
 * Families read from the membership maintained at write time ({@link FamilyMaintainer}) when it holds on the day
 * asked for, otherwise computed from the stakes valid on that day (ADR 0004).
 */
@Service
class FamilyService implements Families {

    private final Graph graph;
    private final CypherRegistry cypher;
    private final StakeReader reader;

    FamilyService(Graph graph, StakeReader reader) {
        this.graph = graph;
        this.cypher = graph.cypher();
        this.reader = reader;
    }

    /** The family of {@code entityId} at {@code asOf}, every member with its control path; empty for an unknown id. */
    @Override
    public Optional<Family> familyOf(String entityId, Instant asOf) {
        return graph.read(tx -> familyOf(tx, entityId, asOf));
    }

    /** As {@link #familyOf(String, Instant)}, inside the caller's transaction: one statement when maintained. */
    @Override
    public Optional<Family> familyOf(TransactionContext tx, String entityId, Instant asOf) {
        return Optional.ofNullable(familiesOf(tx, List.of(entityId), asOf).get(entityId));
    }

    @Override
    public Map<String, Family> familiesOf(TransactionContext tx, Collection<String> entityIds, Instant asOf) {
        LocalDate day = BeneficialOwnerService.day(asOf);
        Map<String, Family> byMember = new HashMap<>();
        Set<String> fromStakes = new HashSet<>();
        tx.run(cypher.get("queries/entity/families-of-members"), Map.of("ids", List.copyOf(entityIds)))
                .forEachRemaining(r -> {
                    List<List<String>> members = r.get("members").asList(v -> v.asList(x -> x.asString(null)));
                    Optional<Family> family = r.get("family").isNull() ? Optional.empty()
                            : maintained(r.get("family").asString(), members);
                    for (Membership m : r.get("asked").asList(Membership::from)) {
                        if (family.isPresent() && m.holdsOn(day)) {
                            byMember.put(m.id(), family.get());
                        } else {
                            fromStakes.add(m.id());
                        }
                    }
                });
        Map<String, Family> answers = new LinkedHashMap<>();
        for (String id : entityIds) {
            if (byMember.containsKey(id)) {
                answers.put(id, byMember.get(id));
            } else if (fromStakes.contains(id)) {
                Family family = liveFamily(tx, id, day);
                family.members().forEach(member -> byMember.putIfAbsent(member.entityId(), family));
                answers.put(id, family);
            }
        }
        return answers;
    }

    /** Every family at {@code asOf}, ordered by ultimate parent id. */
    @Override
    public List<Family> allFamilies(Instant asOf) {
        LocalDate day = BeneficialOwnerService.day(asOf);
        return graph.read(tx -> {
            List<org.neo4j.driver.Record> all = tx.run(cypher.get("queries/entity/all-memberships"), Map.of("day", day)).list();
            if (all.stream().allMatch(r -> r.get("current").asBoolean())) {
                Map<String, String> ultimateOf = new HashMap<>();
                Map<String, String> parentOf = new HashMap<>();
                all.forEach(r -> {
                    ultimateOf.put(r.get("id").asString(), r.get("family").asString());
                    if (!r.get("parent").isNull()) {
                        parentOf.put(r.get("id").asString(), r.get("parent").asString());
                    }
                });
                ControlArithmetic.Result maintained = new ControlArithmetic.Result(parentOf, ultimateOf, List.of(), List.of());
                if (maintained.consistent()) {
                    return maintained.families();
                }
            }
            List<String> ids = tx.run(cypher.get("queries/entity/all-entity-ids"), Map.of()).list(r -> r.get("id").asString());
            List<OwnsRow> rows = tx.run(cypher.get("queries/entity/all-entity-stakes"), Map.of()).list(OwnsRow::from);
            return ControlArithmetic.resolve(ids, StakeReader.validOn(rows, day)).families();
        });
    }

    Optional<Membership> membership(TransactionContext tx, String entityId) {
        return tx.run(cypher.get("queries/entity/entity-membership"), Map.of("id", entityId)).list(Membership::from)
                .stream().findFirst();
    }

    /** Families of the entity's component computed from the stakes valid on {@code day}. */
    ControlArithmetic.Result live(TransactionContext tx, String entityId, LocalDate day) {
        List<String> component = reader.component(tx, entityId, day);
        return ControlArithmetic.resolve(component, StakeReader.validOn(reader.entityStakesIn(tx, component), day));
    }

    private Family liveFamily(TransactionContext tx, String entityId, LocalDate day) {
        ControlArithmetic.Result result = live(tx, entityId, day);
        return result.family(result.ultimateOf().get(entityId));
    }

    /** A page of maintained members with their parents, in id order. */
    List<String[]> members(TransactionContext tx, String family, long skip, long limit) {
        return tx.run(cypher.get("queries/entity/family-members"), Map.of("family", family, "skip", skip, "limit", limit))
                .list(r -> new String[] {r.get("id").asString(), r.get("parent").asString(null)});
    }

    @Override
    public boolean maintainedOn(MapAccessor membership, Instant asOf) {
        return Membership.from(membership).holdsOn(BeneficialOwnerService.day(asOf));
    }

    @Override
    public Optional<Family> maintained(String family, List<List<String>> members) {
        return ControlArithmetic.maintained(family, members);
    }
}
