package io.qualgraph.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.qualgraph.entity.BeneficialOwnerWalk;
import io.qualgraph.entity.BeneficialOwners;

/** The rules besides the 50% fixpoint, each giving evidence items with their level. */
final class MinorRules {

    private MinorRules() {
    }

    /** Blocked owners below the threshold (OFAC FAQ 398: caution), and blocked owners of unknown share. */
    static List<Evidence> minorityStakes(String id, Map<String, SanctionsFixpoint.Blocking> blocked, OwnershipWalk walk,
            RiskGraph g) {
        if (blocked.containsKey(id)) {
            return List.of();
        }
        List<Evidence> out = new ArrayList<>();
        for (RiskGraph.Stake s : walk.ownersOf(id)) {
            if (blocked.containsKey(s.ownerId())) {
                String rule = s.unknown() ? "SANCTIONS_UNKNOWN_SHARE" : "SANCTIONS_MINORITY_STAKE";
                List<String> path = new ArrayList<>(SanctionsEvidence.path(s.ownerId(), blocked));
                path.add(id);
                out.add(new Evidence(rule, RiskLevel.ELEVATED, s.ownerId(), "blocked party: " + SanctionsEvidence.stake(g, s), path)
                        .withBrief(s.unknown() ? null : s.low(), SanctionsEvidence.listOf(path.get(0), blocked)));
            }
        }
        return out;
    }

    static List<Evidence> directFlags(String id, List<RiskGraph.Flag> flags, RiskGraph g) {
        List<Evidence> out = new ArrayList<>();
        RiskGraph.Party self = g.parties().get(id);
        if (self != null && self.pep()) {
            out.add(new Evidence("PEP", RiskLevel.HIGH, id, SanctionsEvidence.who(g, id) + " is marked PEP", List.of(id)));
        }
        for (RiskGraph.Flag f : flags) {
            RiskLevel level = switch (f.type()) {
                case SANCTIONED -> null;
                case PEP, ENFORCEMENT -> RiskLevel.HIGH;
                case WATCHLIST, ADVERSE_MEDIA -> RiskLevel.ELEVATED;
            };
            if (level != null) {
                out.add(new Evidence(f.type().name(), level, id, flagText(g, id, f), List.of(id)).withSince(f.listedAt())
                        .withBrief(null, f.source()));
            }
        }
        return out;
    }

    /**
     * PEP (HIGH) and adverse media, watchlist or enforcement (ELEVATED) among the entity's beneficial owners, as the
     * one beneficial-owner walk names them (the structure answer lists the same persons).
     */
    static List<Evidence> beneficialOwners(String id, BeneficialOwnerWalk owners, Map<String, List<RiskGraph.Flag>> flags,
            RiskGraph g) {
        List<Evidence> out = new ArrayList<>();
        for (BeneficialOwners.BeneficialOwner owner : owners.of(id)) {
            RiskGraph.Party p = g.parties().get(owner.id());
            if (p == null || !p.person()) {
                continue;
            }
            List<String> path = path(owner.paths().get(0));
            String bo = SanctionsEvidence.who(g, owner.id()) + " is a beneficial owner of " + SanctionsEvidence.who(g, id)
                    + " (effective share " + share(owner) + ")";
            if (p.pep()) {
                out.add(new Evidence("PEP_BENEFICIAL_OWNER", RiskLevel.HIGH, owner.id(), bo + " and is marked PEP", path)
                        .withSince(g.chainSince(path)).withBrief(owner.effectiveShareMax(), null));
            }
            for (RiskGraph.Flag f : flags.getOrDefault(owner.id(), List.of())) {
                RiskLevel level = f.type() == RiskFlagType.PEP ? RiskLevel.HIGH
                        : f.type() == RiskFlagType.SANCTIONED ? null : RiskLevel.ELEVATED;
                if (level != null) {
                    out.add(new Evidence(f.type().name() + "_BENEFICIAL_OWNER", level, owner.id(), bo + "; "
                            + flagText(g, owner.id(), f), path)
                            .withSince(Evidence.later(g.chainSince(path), f.listedAt()))
                            .withBrief(owner.effectiveShareMax(), f.source()));
                }
            }
        }
        return out;
    }

    private static String share(BeneficialOwners.BeneficialOwner owner) {
        if (!owner.uncertain() && owner.effectiveShareMax() - owner.effectiveShareMin() < 1e-9) {
            return SanctionsEvidence.percent(owner.effectiveShareMax());
        }
        return "between " + SanctionsEvidence.percent(owner.effectiveShareMin()) + " and "
                + SanctionsEvidence.percent(owner.effectiveShareMax()) + (owner.uncertain() ? "; uncertain" : "");
    }

    /** The ids along one ownership path, owner first, the entity last. */
    private static List<String> path(List<BeneficialOwners.Stake> stakes) {
        List<String> ids = new ArrayList<>();
        ids.add(stakes.get(0).ownerId());
        stakes.forEach(s -> ids.add(s.ownedId()));
        return ids;
    }

    static Evidence jurisdiction(String id, List<String> chain, RiskGraph g, RiskRules.Settings settings) {
        String origin = chain.get(0);
        RiskGraph.Party p = g.parties().get(origin);
        String what = origin.equals(id) ? "jurisdiction" : p.person() ? "owner's nationality" : "owner's jurisdiction";
        return new Evidence("HIGH_RISK_JURISDICTION", RiskLevel.ELEVATED, origin, SanctionsEvidence.who(g, origin)
                + ": " + what + " " + p.country() + " is on " + settings.countryListName(), chain)
                .withBrief(null, settings.countryListName());
    }

    static Evidence former(String id, RiskGraph.Flag f, RiskGraph g) {
        return new Evidence("FORMER_" + f.type().name(), RiskLevel.LOW, id, flagText(g, id, f)
                + ", delisted " + f.delistedAt(), List.of(id)).withBrief(null, f.source());
    }

    private static String flagText(RiskGraph g, String id, RiskGraph.Flag f) {
        return SanctionsEvidence.who(g, id) + " flagged " + f.type() + " by " + (f.source() == null ? "an unnamed source" : f.source())
                + " since " + (f.listedAt() == null ? "an unknown date" : f.listedAt()) + " (flag " + f.id() + ")";
    }
}
