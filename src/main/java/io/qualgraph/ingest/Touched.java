package io.qualgraph.ingest;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.qualgraph.support.ChangeSet;

/**
 * The entity, person and contact ids a bundle touches, and how far its changes reach, as the {@code Maintainer}s
 * need them. A bundle that created and updated nothing (a re-send) touches nothing, so no maintainer re-decides
 * anything and re-sending stays idempotent down to the derived lead decisions.
 */
final class Touched {

    /**
     * Sections whose rows name the entity or contact they belong to, so that an update may move them. Leads are not
     * among them: no account score reads a lead, and the lead rows a write names are reported as {@code leadIds}.
     */
    private static final List<String> REASSIGNABLE = List.of("contacts", "engagements", "opportunities", "committee",
            "intent");

    private Touched() {
    }

    /** Owners and flag subjects that are not defined in the bundle: the ones whose kind the graph must tell. */
    static Set<String> partiesOutsideBundle(Bundle b) {
        Set<String> defined = Stream.concat(b.entities().stream().map(Bundle.Entity::id),
                b.persons().stream().map(Bundle.Person::id)).collect(Collectors.toSet());
        return parties(b).filter(id -> !defined.contains(id)).collect(Collectors.toSet());
    }

    /**
     * What bundle {@code b} touched, given the rows each section created or updated; {@code leadsResolved} are the new
     * leads the write resolved before storing them.
     */
    static ChangeSet changeSet(Bundle b, Set<String> personsInGraph, Map<String, IngestSummary.SectionCount> counts,
            Set<String> leadsResolved) {
        if (counts.keySet().stream().noneMatch(section -> changed(counts, section))) {
            return new ChangeSet(Set.of(), Set.of(), Set.of(), false, false, false, false);
        }
        Set<String> persons = new HashSet<>(personsInGraph);
        b.persons().forEach(p -> persons.add(p.id()));
        Set<String> entities = new HashSet<>();
        b.entities().forEach(e -> entities.add(e.id()));
        b.ownership().forEach(o -> entities.add(o.owned()));
        parties(b).filter(id -> !persons.contains(id)).forEach(entities::add);
        Stream.of(ids(b.contacts(), Bundle.Contact::entity), ids(b.opportunities(), Bundle.Opportunity::entity),
                ids(b.intent(), Bundle.Intent::entity)).flatMap(s -> s).forEach(entities::add);
        Set<String> touchedPersons = parties(b).filter(persons::contains).collect(Collectors.toSet());
        b.persons().forEach(p -> touchedPersons.add(p.id()));
        return new ChangeSet(entities, touchedPersons, contacts(b),
                changed(counts, "entities") || changed(counts, "persons"), changed(counts, "ownership"),
                changed(counts, "riskFlags"), REASSIGNABLE.stream().anyMatch(section -> updated(counts, section)),
                changed(counts, "leads") ? ids(b.leads(), Bundle.Lead::id).collect(Collectors.toSet()) : Set.of(),
                leadsResolved);
    }

    private static Set<String> contacts(Bundle b) {
        Stream<String> seats = Stream.concat(b.committee().stream(),
                b.opportunities().stream().filter(Objects::nonNull).flatMap(o -> o.committee().stream()))
                .filter(Objects::nonNull).map(Bundle.CommitteeSeat::contact);
        return Stream.of(ids(b.contacts(), Bundle.Contact::id), ids(b.engagements(), Bundle.Engagement::contact),
                seats).flatMap(s -> s).filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }

    private static Stream<String> parties(Bundle b) {
        return Stream.concat(ids(b.ownership(), Bundle.Ownership::owner), ids(b.riskFlags(), Bundle.RiskFlag::subject));
    }

    private static <T> Stream<String> ids(List<T> rows, Function<T, String> id) {
        return rows.stream().filter(Objects::nonNull).map(id).filter(Objects::nonNull);
    }

    private static boolean changed(Map<String, IngestSummary.SectionCount> counts, String section) {
        IngestSummary.SectionCount count = counts.get(section);
        return count != null && count.created() + count.updated() > 0;
    }

    private static boolean updated(Map<String, IngestSummary.SectionCount> counts, String section) {
        IngestSummary.SectionCount count = counts.get(section);
        return count != null && count.updated() > 0;
    }
}
