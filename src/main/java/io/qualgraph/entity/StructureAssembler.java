package io.qualgraph.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** Turns what the structure statements read into the {@link EntityStructure} answer. */
final class StructureAssembler {

    private StructureAssembler() {
    }

    static EntityStructure assemble(String id, String name, Instant asOf, StructureService.FamilyPage family, Record head,
            long holdingCount, BeneficialOwnerService.Upward upward, OwnershipProperties p) {
        List<EntityStructure.Owner> owners = upward.rows().stream().filter(r -> r.ownedId().equals(id))
                .sorted(Comparator.comparing(OwnsRow::ownerId)).map(StructureAssembler::owner).toList();
        List<EntityStructure.Subsidiary> subsidiaries = head.get("holdings").asList(StructureAssembler::subsidiary);
        subsidiaries = subsidiaries.stream().sorted(Comparator.comparing(EntityStructure.Subsidiary::id)).toList();
        List<List<String>> cycles = upward.result().cycles().stream()
                .sorted(Comparator.comparing((List<String> c) -> c.size()).thenComparing(Object::toString))
                .limit(p.maxCycles()).toList();
        List<Finding> findings = new ArrayList<>(upward.findings());
        if (upward.result().truncated()) {
            findings.add(new Finding(Finding.Code.PATH_LIMIT_REACHED, id, List.of(),
                    "more than " + p.maxPaths() + " ownership paths; effective shares count only those explored"));
        }
        EntityStructure.Limits limits = new EntityStructure.Limits(p.maxDepth(), p.beneficialOwnerThreshold(),
                p.maxFamilyIds(), p.maxSubsidiaries(), p.maxPathsPerOwner(), p.maxPaths(), p.maxCycles());
        return new EntityStructure(id, name, asOf, family.ultimateParent(), family.members(), family.total(),
                family.members().size() == family.total(), owners, subsidiaries, holdingCount,
                subsidiaries.size() == holdingCount,
                views(upward, names(id, name, upward)), cycles, findings, limits);
    }

    private static List<EntityStructure.BeneficialOwnerView> views(BeneficialOwnerService.Upward upward,
            Map<String, String> names) {
        return upward.beneficialOwners().stream().map(bo -> new EntityStructure.BeneficialOwnerView(bo.id(), bo.name(),
                bo.effectiveShareMin(), bo.effectiveShareMin(), bo.effectiveShareMax(), bo.uncertain(),
                upward.result().owners().get(bo.id()).paths().size(),
                bo.paths().stream().map(p -> path(p, names)).toList())).toList();
    }

    /** The name of the entity answered for and of every owner above it (an unnamed party keeps its id). */
    private static Map<String, String> names(String id, String name, BeneficialOwnerService.Upward upward) {
        Map<String, String> names = new HashMap<>();
        upward.rows().forEach(r -> names.put(r.ownerId(), r.ownerName() == null ? r.ownerId() : r.ownerName()));
        names.put(id, name == null ? id : name);
        return names;
    }

    private static List<EntityStructure.PathStake> path(List<BeneficialOwners.Stake> stakes, Map<String, String> names) {
        return stakes.stream().map(s -> new EntityStructure.PathStake(s.ownerId(), names.getOrDefault(s.ownerId(), s.ownerId()),
                s.ownedId(), names.getOrDefault(s.ownedId(), s.ownedId()),
                s.shareMax() - s.shareMin() > Holding.EPSILON ? null : s.shareMin(), s.shareMin(), s.shareMax())).toList();
    }

    private static EntityStructure.Owner owner(OwnsRow r) {
        return new EntityStructure.Owner(r.ownerId(), r.ownerName(), r.ownerIsPerson() ? "PERSON" : "LEGAL_ENTITY",
                r.share(), r.shareMin(), r.shareMax(), r.since(), r.until(), r.holding().controlling());
    }

    static EntityStructure.Subsidiary subsidiary(Value v) {
        Map<String, Object> m = v.asMap();
        Holding h = Holding.of("", "", false, number(m.get("share")), number(m.get("shareMin")), number(m.get("shareMax")));
        return new EntityStructure.Subsidiary((String) m.get("id"), (String) m.get("name"), number(m.get("share")),
                number(m.get("shareMin")), number(m.get("shareMax")), (LocalDate) m.get("since"), (LocalDate) m.get("until"),
                h.min() > 0.5);
    }

    private static Double number(Object o) {
        return o == null ? null : ((Number) o).doubleValue();
    }
}
