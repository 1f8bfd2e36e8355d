package io.qualgraph.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.qualgraph.support.CypherRegistry;
import io.qualgraph.support.Graph;
import io.qualgraph.support.Problem;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Service;

/**
 * The structure of one legal entity as of an instant, read in one transaction: one statement for the entity, its
 * family page and its holdings, then the upward walk for owners and beneficial owners (one statement per level).
 */
@Service
public class StructureService {

    private final Graph graph;
    private final CypherRegistry cypher;
    private final FamilyService families;
    private final BeneficialOwnerService owners;
    private final OwnershipProperties properties;
    private final StakeReader reader;

    StructureService(Graph graph, FamilyService families, BeneficialOwnerService owners, OwnershipProperties properties,
            StakeReader reader) {
        this.reader = reader;
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
        return graph.read(tx -> {
            Record head = head(tx, id, day);
            Membership membership = Membership.from(head);
            FamilyPage family = membership.holdsOn(day)
                    ? new FamilyPage(membership.family(), 0, properties.maxFamilyIds(), membership.size(),
                            families.members(tx, membership.family(), 0, properties.maxFamilyIds()).stream().map(m -> m[0]).toList())
                    : livePage(tx, id, day, 0, properties.maxFamilyIds());
            BeneficialOwnerService.Upward upward = owners.analyse(id, reader.upward(tx, id, day, properties.maxDepth()));
            return StructureAssembler.assemble(id, membership.name(), asOf, family, head, upward, properties);
        });
    }

    /**
     * One page of the family of {@code id} at {@code asOf}, member ids in id order.
     *
     * @throws Problem not found for an unknown id; invalid for a negative page or a size outside 1..maxPageSize
     */
    public FamilyPage family(String id, Instant asOf, int page, int size) {
        if (page < 0 || size < 1 || size > properties.maxPageSize()) {
            throw Problem.invalid(page < 0 ? "page" : "size", page < 0 ? "must be 0 or more"
                    : "must be between 1 and " + properties.maxPageSize());
        }
        LocalDate day = BeneficialOwnerService.day(asOf);
        long skip = (long) page * size;
        return graph.read(tx -> {
            Membership m = families.membership(tx, id).orElseThrow(() -> Problem.notFound("Legal entity", id));
            if (!m.holdsOn(day)) {
                return livePage(tx, id, day, page, size);
            }
            List<String> ids = families.members(tx, m.family(), skip, size).stream().map(row -> row[0]).toList();
            return new FamilyPage(m.family(), page, size, m.size(), ids);
        });
    }

    /** A page of a family: its ultimate parent, the page asked for, the family's full size and the member ids. */
    public record FamilyPage(String ultimateParent, int page, int size, long total, List<String> members) {
    }

    private Record head(TransactionContext tx, String id, LocalDate day) {
        List<Record> rows = tx.run(cypher.get("queries/entity/structure"), Map.of("id", id, "day", day,
                "holdingLimit", properties.maxSubsidiaries())).list();
        if (rows.isEmpty()) {
            throw Problem.notFound("Legal entity", id);
        }
        return rows.get(0);
    }

    private FamilyPage livePage(TransactionContext tx, String id, LocalDate day, int pageNumber, int size) {
        long skip = (long) pageNumber * size;
        ControlArithmetic.Result result = families.live(tx, id, day);
        String top = result.ultimateOf().get(id);
        List<String> members = new ArrayList<>(result.ultimateOf().entrySet().stream()
                .filter(e -> e.getValue().equals(top)).map(Map.Entry::getKey).toList());
        members.sort(Comparator.naturalOrder());
        List<String> page = members.stream().skip(skip).limit(size).toList();
        return new FamilyPage(top, pageNumber, size, members.size(), page);
    }
}
