package io.qualgraph.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
                out.add(new Evidence(rule, RiskLevel.ELEVATED, s.ownerId(), "blocked party: " + SanctionsEvidence.stake(g, s), path));
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
                out.add(new Evidence(f.type().name(), level, id, flagText(g, id, f), List.of(id)).withSince(f.listedAt()));
            }
        }
        return out;
    }

    /** PEP (HIGH) and adverse media, watchlist or enforcement (ELEVATED) among persons at the BO threshold. */
    static List<Evidence> beneficialOwners(String id, OwnershipWalk walk, Map<String, List<RiskGraph.Flag>> flags,
            RiskGraph g, RiskRules.Settings settings) {
        List<Evidence> out = new ArrayList<>();
        var shares = walk.effectiveShares(id, settings.maxDepth(), settings.maxPaths());
        shares.forEach((owner, share) -> {
            RiskGraph.Party p = g.parties().get(owner);
            if (p == null || !p.person() || share.value() < settings.beneficialOwnerThreshold() - 1e-9) {
                return;
            }
            String bo = SanctionsEvidence.who(g, owner) + " is a beneficial owner of " + SanctionsEvidence.who(g, id)
                    + " (effective share up to " + SanctionsEvidence.percent(share.value()) + ")";
            if (p.pep()) {
                out.add(new Evidence("PEP_BENEFICIAL_OWNER", RiskLevel.HIGH, owner, bo + " and is marked PEP", share.path())
                        .withSince(g.chainSince(share.path())));
            }
            for (RiskGraph.Flag f : flags.getOrDefault(owner, List.of())) {
                RiskLevel level = f.type() == RiskFlagType.PEP ? RiskLevel.HIGH
                        : f.type() == RiskFlagType.SANCTIONED ? null : RiskLevel.ELEVATED;
                if (level != null) {
                    out.add(new Evidence(f.type().name() + "_BENEFICIAL_OWNER", level, owner, bo + "; "
                            + flagText(g, owner, f), share.path())
                            .withSince(Evidence.later(g.chainSince(share.path()), f.listedAt())));
                }
            }
        });
        return out;
    }

    static Evidence jurisdiction(String id, List<String> chain, RiskGraph g, RiskRules.Settings settings) {
        String origin = chain.get(0);
        RiskGraph.Party p = g.parties().get(origin);
        String what = origin.equals(id) ? "jurisdiction" : p.person() ? "owner's nationality" : "owner's jurisdiction";
        return new Evidence("HIGH_RISK_JURISDICTION", RiskLevel.ELEVATED, origin, SanctionsEvidence.who(g, origin)
                + ": " + what + " " + p.country() + " is on " + settings.countryListName(), chain);
    }

    static Evidence former(String id, RiskGraph.Flag f, RiskGraph g) {
        return new Evidence("FORMER_" + f.type().name(), RiskLevel.LOW, id, flagText(g, id, f)
                + ", delisted " + f.delistedAt(), List.of(id));
    }

    private static String flagText(RiskGraph g, String id, RiskGraph.Flag f) {
        return SanctionsEvidence.who(g, id) + " flagged " + f.type() + " by " + (f.source() == null ? "an unnamed source" : f.source())
                + " since " + (f.listedAt() == null ? "an unknown date" : f.listedAt()) + " (flag " + f.id() + ")";
    }
}
