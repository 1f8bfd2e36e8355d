package io.qualgraph.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.qualgraph.support.CypherRegistry;
import io.qualgraph.support.Graph;
import io.qualgraph.support.Paging;
import io.qualgraph.support.Problem;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;

/**
 * The structure of one legal entity as of an instant. On a day the maintained membership holds for, one auto-commit
 * statement reads everything (entity, holdings, family page, upward stakes); on other days the same statement and the
 * family computed live from the stakes valid then are read in one read transaction.
 */
@Service
public class StructureService {

    private final Graph graph;
    private final CypherRegistry cypher;
    private final FamilyService families;
    private final BeneficialOwnerService owners;
    private final OwnershipProperties properties;

    StructureService(Graph graph, FamilyService families, BeneficialOwnerService owners, OwnershipProperties properties) {
        this.graph = graph;
        this.cypher = graph.cypher();
        this.families = families;
        this.owners = owners;
        this.properties = properties;
    }

    /**
     * The structure of legal entity {@code id} at {@code asOf}.
     *
     * @throws Problem not found when no legal entity has this id
     */
    public EntityStructure structure(String id, Instant asOf) {
        LocalDate day = BeneficialOwnerService.day(asOf);
        Record head = graph.query("queries/entity/structure", headParameters(id, day), r -> r).stream().findFirst()
                .orElseThrow(() -> Problem.notFound("Legal entity", id));
        Membership membership = Membership.from(head);
        if (membership.holdsOn(day) && !head.get("maintainedHoldingCount").isNull()) {
            FamilyPage family = new FamilyPage(membership.family(), 0, properties.maxFamilyIds(), membership.size(),
                    head.get("familyPage").asList(Value::asString));
            return assemble(id, asOf, membership, family, head, head.get("maintainedHoldingCount").asLong());
        }
        return graph.read(tx -> {
            Record again = tx.run(cypher.get("queries/entity/structure"), headParameters(id, day)).list().stream()
                    .findFirst().orElseThrow(() -> Problem.notFound("Legal entity", id));
            long holdings = tx.run(cypher.get("queries/entity/holding-count"), Map.of("id", id, "day", day)).single()
                    .get("holdingCount").asLong();
            return assemble(id, asOf, Membership.from(again), livePage(tx, id, day, new Paging(0, properties.maxFamilyIds())), again,
                    holdings);
        });
    }

    private EntityStructure assemble(String id, Instant asOf, Membership membership, FamilyPage family, Record head,
            long holdingCount) {
        List<OwnsRow> upward = StakeReader.reached(id, head.get("upward").asList(OwnsRow::from), properties.maxDepth());
        return StructureAssembler.assemble(id, membership.name(), asOf, family, head, holdingCount,
                owners.analyse(id, upward), properties);
    }

    private Map<String, Object> headParameters(String id, LocalDate day) {
        return Map.of("id", id, "day", day, "holdingLimit", properties.maxSubsidiaries(), "familyLimit", properties.maxFamilyIds());
    }

    /**
     * One page of the family of {@code id} at {@code asOf}, member ids in id order.
     *
     * @throws Problem not found for an unknown id; invalid for a negative page or a size outside 1..maxPageSize
     */
    public FamilyPage family(String id, Instant asOf, int page, int size) {
        Paging paging = Paging.of(page, size, properties.maxPageSize());
        LocalDate day = BeneficialOwnerService.day(asOf);
        return graph.read(tx -> {
            Membership m = families.membership(tx, id).orElseThrow(() -> Problem.notFound("Legal entity", id));
            if (!m.holdsOn(day)) {
                return livePage(tx, id, day, paging);
            }
            List<String> ids = families.members(tx, m.family(), paging.skip(), size).stream().map(row -> row[0]).toList();
            return new FamilyPage(m.family(), page, size, m.size(), ids);
        });
    }

    /** A page of a family: its ultimate parent, the page asked for, the family's full size and the member ids. */
    public record FamilyPage(String ultimateParent, int page, int size, long total, List<String> members) {
    }

    /**
     * One page of the direct holdings of {@code id} valid at {@code asOf}, in order of the held entity's id: all the
     * subsidiaries that a structure answer lists only up to {@code maxSubsidiaries}.
     *
     * @throws Problem not found for an unknown id; invalid for a negative page or a size outside 1..maxPageSize
     */
    public SubsidiaryPage subsidiaries(String id, Instant asOf, int page, int size) {
        Map<String, Object> parameters = Map.of("id", id, "day", BeneficialOwnerService.day(asOf),
                "skip", Paging.of(page, size, properties.maxPageSize()).skip(), "limit", size);
        Record row = graph.query("queries/entity/holdings-page", parameters, r -> r).stream().findFirst()
                .orElseThrow(() -> Problem.notFound("Legal entity", id));
        return new SubsidiaryPage(id, asOf, page, size, row.get("total").asLong(),
                row.get("holdings").asList(StructureAssembler::subsidiary));
    }

    /** A page of the direct holdings of {@code owner}: the page asked for, how many there are, and the page's stakes. */
    public record SubsidiaryPage(String owner, Instant asOf, int page, int size, long total,
            List<EntityStructure.Subsidiary> subsidiaries) {
    }

    private FamilyPage livePage(TransactionContext tx, String id, LocalDate day, Paging paging) {
        ControlArithmetic.Result result = families.live(tx, id, day);
        String top = result.ultimateOf().get(id);
        List<String> members = result.ultimateOf().entrySet().stream().filter(e -> e.getValue().equals(top))
                .map(Map.Entry::getKey).sorted().toList();
        return new FamilyPage(top, paging.page(), paging.size(), members.size(), paging.of(members));
    }
}
