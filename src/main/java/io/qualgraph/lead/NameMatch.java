package io.qualgraph.lead;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import io.qualgraph.scoring.LeadModel;

/** The company-name step of resolution: full-text hits compared by normalised-name similarity. Pure. */
final class NameMatch {

    private record Scored(Candidates.Entity entity, double similarity) {
    }

    private NameMatch() {
    }

    /** The most similar hit from the model's minimum similarity, or null; confidence stays below 1. */
    static Match best(LeadKeys lead, List<Candidates.Entity> hits, LeadModel.Resolution rules) {
        List<Scored> scored = passing(lead, hits, rules);
        if (scored.isEmpty()) {
            return null;
        }
        scored.sort(Comparator.comparingDouble(Scored::similarity).reversed()
                .thenComparing(Comparator.comparingLong((Scored s) -> s.entity().familyContacts()).reversed())
                .thenComparing(s -> s.entity().id()));
        Scored chosen = scored.get(0);
        double factor = lead.country() == null ? rules.noCountryFactor() : 1.0;
        double confidence = round(rules.nameConfidence() * chosen.similarity() * factor);
        List<String> evidence = new ArrayList<>();
        Candidates.Entity entity = chosen.entity();
        evidence.add("company '" + lead.company() + "' (normalised '" + lead.companyNormalised() + "') is like '"
                + entity.name() + "' (" + entity.id() + ", normalised '" + entity.normalisedName() + "'), similarity "
                + format(chosen.similarity()));
        evidence.add(lead.country() == null ? "the lead names no country: compared across all countries"
                : "compared within " + lead.country() + ", the lead's country");
        List<Match.Alternative> alternatives = scored.subList(1, scored.size()).stream()
                .map(s -> new Match.Alternative(s.entity().id(), s.entity().name(), s.entity().accountId(),
                        whyNot(chosen, s)))
                .toList();
        return new Match(chosen.entity().id(), chosen.entity().accountId(), MatchMethod.COMPANY_NAME, confidence,
                evidence, alternatives);
    }

    /**
     * The hits whose families' contacts {@link #best} compares and shows: those tied at the top similarity (in the
     * lead's country, from the minimum similarity) when two or more are; none when one hit is the most similar.
     */
    static List<Candidates.Entity> tiedAtTop(LeadKeys lead, List<Candidates.Entity> hits, LeadModel.Resolution rules) {
        List<Scored> scored = passing(lead, hits, rules);
        double top = scored.stream().mapToDouble(Scored::similarity).max().orElse(0);
        List<Candidates.Entity> tied = scored.stream().filter(s -> s.similarity() == top).map(Scored::entity).toList();
        return tied.size() < 2 ? List.of() : tied;
    }

    private static List<Scored> passing(LeadKeys lead, List<Candidates.Entity> hits, LeadModel.Resolution rules) {
        if (lead.companyNormalised() == null || lead.companyNormalised().isEmpty()) {
            return List.of();
        }
        List<Scored> scored = new ArrayList<>();
        for (Candidates.Entity hit : hits) {
            if (lead.country() == null || Objects.equals(lead.country(), hit.jurisdiction())) {
                double similarity = CompanyNames.similarity(lead.companyNormalised(), hit.normalisedName());
                if (similarity >= rules.nameMinSimilarity()) {
                    scored.add(new Scored(hit, similarity));
                }
            }
        }
        return scored;
    }

    /** Why {@code other} lost to {@code chosen}, by the first comparison that told them apart. */
    private static String whyNot(Scored chosen, Scored other) {
        String similarity = "similarity " + format(other.similarity());
        if (other.similarity() < chosen.similarity()) {
            return similarity + ", below the chosen " + format(chosen.similarity());
        }
        long chosenContacts = chosen.entity().familyContacts();
        long otherContacts = other.entity().familyContacts();
        if (otherContacts < chosenContacts) {
            return similarity + " as well, but its family has " + otherContacts + " contacts against "
                    + chosenContacts;
        }
        return similarity + " as well and as many contacts in its family (" + otherContacts + "); the chosen "
                + chosen.entity().id() + " has the lower id";
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
