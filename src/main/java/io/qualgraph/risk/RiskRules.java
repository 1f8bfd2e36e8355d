package io.qualgraph.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.qualgraph.entity.BeneficialOwnerWalk;

/**
 * All KYC rules of DESIGN §3 on one day, pure: sanctions by ownership (lower bounds decide BLOCKED, upper bounds
 * that would block give HIGH for review), direct flags, PEP and flagged beneficial owners, high-risk jurisdictions
 * upward, former listings. Levels per rule: see ADR 0005.
 */
public final class RiskRules {

    /** Rule settings: the high-risk country list (and its name for evidence) and the one beneficial-owner walk's limits. */
    public record Settings(Set<String> highRiskCountries, String countryListName,
            BeneficialOwnerWalk.Limits beneficialOwners) {
        public Settings {
            highRiskCountries = Set.copyOf(highRiskCountries);
        }
    }

    private RiskRules() {
    }

    /** The assessment of each target entity in {@code graph} (which must hold every stake upward of the targets). */
    public static Map<String, Assessment> assess(RiskGraph graph, Collection<String> targets, LocalDate day,
            Regime regime, Settings settings) {
        RiskGraph g = graph.on(day);
        Map<String, SanctionsFixpoint.Blocking> low = SanctionsFixpoint.blocked(g, regime, RiskGraph.Stake::low);
        Map<String, SanctionsFixpoint.Blocking> high = SanctionsFixpoint.blocked(g, regime, RiskGraph.Stake::high);
        OwnershipWalk walk = new OwnershipWalk(g);
        BeneficialOwnerWalk owners = BeneficialOwnerWalk.over(graph.ownsRows(), day, settings.beneficialOwners());
        Map<String, List<RiskGraph.Flag>> flags = new HashMap<>();
        g.flags().forEach(f -> flags.computeIfAbsent(f.subjectId(), k -> new ArrayList<>()).add(f));
        List<String> risky = g.parties().values().stream()
                .filter(p -> p.country() != null && settings.highRiskCountries().contains(p.country().toUpperCase()))
                .map(RiskGraph.Party::id).toList();
        Map<String, List<String>> countryChains = walk.reach(risky);
        List<String> flaggedPersons = g.parties().values().stream().filter(RiskGraph.Party::person)
                .filter(p -> p.pep() || flags.containsKey(p.id())).map(RiskGraph.Party::id).toList();
        Set<String> nearFlaggedPersons = walk.reach(flaggedPersons).keySet();
        Map<String, List<RiskGraph.Flag>> former = new HashMap<>();
        graph.formerFlags(day).forEach(f -> former.computeIfAbsent(f.subjectId(), k -> new ArrayList<>()).add(f));
        Map<String, Assessment> out = new LinkedHashMap<>();
        for (String id : targets) {
            List<Evidence> evidence = new ArrayList<>();
            if (low.containsKey(id)) {
                evidence.addAll(SanctionsEvidence.explain(id, low, regime, g, "SANCTIONS_OWNERSHIP", RiskLevel.BLOCKED));
            } else if (high.containsKey(id)) {
                evidence.addAll(SanctionsEvidence.explain(id, high, regime, g, "SANCTIONS_OWNERSHIP_POSSIBLE", RiskLevel.HIGH));
            }
            evidence.addAll(MinorRules.minorityStakes(id, low, walk, g));
            evidence.addAll(MinorRules.directFlags(id, flags.getOrDefault(id, List.of()), g));
            if (nearFlaggedPersons.contains(id)) {
                evidence.addAll(MinorRules.beneficialOwners(id, owners, flags, g));
            }
            if (countryChains.containsKey(id)) {
                evidence.add(MinorRules.jurisdiction(id, countryChains.get(id), g, settings));
            }
            former.getOrDefault(id, List.of()).forEach(f -> evidence.add(MinorRules.former(id, f, g)));
            out.put(id, Assessment.of(id, regime, evidence.stream().map(e -> e.named(g::name)).toList()));
        }
        return out;
    }
}
