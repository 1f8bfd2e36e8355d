package io.qualgraph.lead;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import io.qualgraph.scoring.LeadModel;

/**
 * Resolves a lead to a contact, an entity and its account in DESIGN §5's order, the first that applies: the given
 * contact, an existing contact with the same e-mail, the LEI, the e-mail's domain, the website's domain, the company
 * name within the lead's country. Pure.
 *
 * <p>Counting a family's contacts costs a walk over its members, so it is done only where the count can decide or is
 * shown: {@link #familiesToCount} names those families, the caller counts them and hands the counts in with the
 * candidates ({@link Candidates#withFamilyContacts}).
 */
final class Resolver {

    private Resolver() {
    }

    static Resolution resolve(LeadKeys lead, Candidates c, LeadModel.Resolution rules) {
        Candidates.Person person = c.byId() != null ? c.byId() : c.byEmail();
        if (person != null) {
            MatchMethod method = c.byId() != null ? MatchMethod.CONTACT_ID : MatchMethod.EMAIL;
            String contact = Named.of(person.contactName(), person.contactId());
            String why = method == MatchMethod.CONTACT_ID ? "the lead names contact " + contact
                    : "e-mail " + lead.email() + " belongs to contact " + contact;
            String employer = Named.of(person.entityName(), person.entityId());
            Match match = person.entityId() == null ? null : new Match(person.entityId(), person.accountId(), method,
                    1.0, List.of(why + ", who works at " + employer), List.of());
            return new Resolution(match, person.contactId(), null, c.duplicateOf());
        }
        Match match = entityMatch(lead, c, rules);
        String newContact = match != null && lead.email() != null ? "C-" + lead.leadId() : null;
        return new Resolution(match, null, newContact, c.duplicateOf());
    }

    /**
     * The accounts whose families' contacts {@link #resolve} will compare or show for this lead: every entity of the
     * step that matches when it found two or more, the name hits tied at the top similarity when two or more are; none
     * when a contact or a single entity decides.
     */
    static Set<String> familiesToCount(LeadKeys lead, Candidates c, LeadModel.Resolution rules) {
        if (c.byId() != null || c.byEmail() != null) {
            return Set.of();
        }
        MatchMethod step = entityStep(c);
        List<Candidates.Entity> contenders = step == MatchMethod.COMPANY_NAME
                ? NameMatch.tiedAtTop(lead, c.byName(), rules) : found(c, step);
        if (contenders.size() < 2) {
            return Set.of();
        }
        return contenders.stream().map(Candidates.Entity::accountId).collect(Collectors.toSet());
    }

    private static Match entityMatch(LeadKeys lead, Candidates c, LeadModel.Resolution rules) {
        MatchMethod step = entityStep(c);
        return switch (step) {
            case LEI -> pick(lead, found(c, step), step, rules.leiConfidence(), "LEI " + lead.lei() + " is held by ");
            case EMAIL_DOMAIN -> pick(lead, found(c, step), step, rules.emailDomainConfidence(),
                    "e-mail domain " + lead.emailDomain() + " is the domain of ");
            case WEBSITE_DOMAIN -> pick(lead, found(c, step), step, rules.websiteConfidence(),
                    "website domain " + lead.websiteDomain() + " is the domain of ");
            default -> NameMatch.best(lead, c.byName(), rules);
        };
    }

    /** The first entity step that found something, in DESIGN §5's order; the company name when none did. */
    private static MatchMethod entityStep(Candidates c) {
        if (!c.byLei().isEmpty()) {
            return MatchMethod.LEI;
        }
        if (!c.byEmailDomain().isEmpty()) {
            return MatchMethod.EMAIL_DOMAIN;
        }
        return c.byWebsite().isEmpty() ? MatchMethod.COMPANY_NAME : MatchMethod.WEBSITE_DOMAIN;
    }

    private static List<Candidates.Entity> found(Candidates c, MatchMethod step) {
        return switch (step) {
            case LEI -> c.byLei();
            case EMAIL_DOMAIN -> c.byEmailDomain();
            case WEBSITE_DOMAIN -> c.byWebsite();
            default -> c.byName();
        };
    }

    /** Most specific domain first, then the lead's country, then the family with most contacts, then id. */
    private static Match pick(LeadKeys lead, List<Candidates.Entity> found, MatchMethod method, double confidence,
            String because) {
        List<Candidates.Entity> ranked = new ArrayList<>(found);
        ranked.sort(Comparator.comparingInt((Candidates.Entity e) -> e.domain() == null ? 0 : -e.domain().length())
                .thenComparing(e -> !Objects.equals(e.jurisdiction(), lead.country()))
                .thenComparing(Comparator.comparingLong(Candidates.Entity::familyContacts).reversed())
                .thenComparing(Candidates.Entity::id));
        Candidates.Entity chosen = ranked.get(0);
        List<String> evidence = new ArrayList<>();
        evidence.add(because + chosen.name() + " (" + chosen.id() + ", " + chosen.jurisdiction() + ")");
        List<Match.Alternative> alternatives = new ArrayList<>();
        for (Candidates.Entity other : ranked.subList(1, ranked.size())) {
            alternatives.add(new Match.Alternative(other.id(), other.name(), other.accountId(),
                    whyNot(chosen, other, lead)));
        }
        if (!alternatives.isEmpty()) {
            evidence.add(ranked.size() + " entities fit; chose " + Named.of(chosen.name(), chosen.id()) + ": "
                    + whyChosen(chosen, ranked.get(1), lead));
        }
        return new Match(chosen.id(), chosen.accountId(), method, confidence, evidence, alternatives);
    }

    private static String whyChosen(Candidates.Entity chosen, Candidates.Entity next, LeadKeys lead) {
        if (!Objects.equals(chosen.domain(), next.domain())) {
            return "its domain " + chosen.domain() + " is the most specific";
        }
        if (Objects.equals(chosen.jurisdiction(), lead.country()) && !Objects.equals(next.jurisdiction(), lead.country())) {
            return "it is in " + lead.country() + ", the lead's country";
        }
        if (chosen.familyContacts() != next.familyContacts()) {
            return "its family has the most contacts (" + chosen.familyContacts() + ")";
        }
        return "lowest id among equals";
    }

    private static String whyNot(Candidates.Entity chosen, Candidates.Entity other, LeadKeys lead) {
        return "also fits (" + other.jurisdiction() + ", domain " + other.domain() + ", " + other.familyContacts()
                + " contacts in its family); " + whyChosen(chosen, other, lead).replace("it is", chosen.name() + " is")
                .replace("its ", chosen.name() + "'s ");
    }

}
