package io.qualgraph.ingest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The ids a bundle refers to, checked at the end: known when defined in the bundle or already in the
 * graph, asked with one set-based lookup per kind.
 */
final class References {

    enum Kind { ENTITY, PARTY, CONTACT, OPPORTUNITY }

    private record Ref(String path, String id, Kind kind) {
    }

    private record Email(String path, String email, String contactId) {
    }

    private final List<Ref> refs = new ArrayList<>();
    private final List<Email> emails = new ArrayList<>();

    void add(String path, String id, Kind kind) {
        if (id != null && !id.isBlank()) {
            refs.add(new Ref(path, id, kind));
        }
    }

    void email(String path, String email, String contactId) {
        emails.add(new Email(path, email.toLowerCase(Locale.ROOT), contactId));
    }

    void resolve(Bundle bundle, KnownIds known, Errors errors) {
        Set<String> entities = ids(bundle.entities().stream().filter(Objects::nonNull).map(Bundle.Entity::id));
        Set<String> persons = ids(bundle.persons().stream().filter(Objects::nonNull).map(Bundle.Person::id));
        Set<String> contacts = ids(bundle.contacts().stream().filter(Objects::nonNull).map(Bundle.Contact::id));
        Set<String> opportunities = ids(bundle.opportunities().stream().filter(Objects::nonNull)
                .map(Bundle.Opportunity::id));
        entities.addAll(known.entities(missing(entities, Kind.ENTITY, Kind.PARTY)));
        persons.addAll(known.persons(missing(persons, Kind.PARTY)));
        contacts.addAll(known.contacts(missing(contacts, Kind.CONTACT)));
        opportunities.addAll(known.opportunities(missing(opportunities, Kind.OPPORTUNITY)));
        for (Ref ref : refs) {
            boolean found = switch (ref.kind()) {
                case ENTITY -> entities.contains(ref.id());
                case PARTY -> entities.contains(ref.id()) || persons.contains(ref.id());
                case CONTACT -> contacts.contains(ref.id());
                case OPPORTUNITY -> opportunities.contains(ref.id());
            };
            if (!found) {
                errors.add(ref.path(), "unknown " + describe(ref.kind()) + " '" + ref.id()
                        + "' (neither in this bundle nor in the graph)");
            }
        }
        checkEmailsInGraph(known, errors);
    }

    private void checkEmailsInGraph(KnownIds known, Errors errors) {
        if (emails.isEmpty()) {
            return;
        }
        Map<String, String> owners = known.emailOwners(emails.stream().map(Email::email).toList());
        for (Email email : emails) {
            String owner = owners.get(email.email());
            if (owner != null && !owner.equals(email.contactId())) {
                errors.add(email.path(), "e-mail '" + email.email() + "' already belongs to contact '" + owner + "'");
            }
        }
    }

    private Collection<String> missing(Set<String> inBundle, Kind... kinds) {
        Set<Kind> wanted = Set.of(kinds);
        return refs.stream().filter(r -> wanted.contains(r.kind())).map(Ref::id)
                .filter(id -> !inBundle.contains(id)).collect(Collectors.toCollection(HashSet::new));
    }

    private static Set<String> ids(java.util.stream.Stream<String> ids) {
        return ids.filter(Objects::nonNull).collect(Collectors.toCollection(HashSet::new));
    }

    private static String describe(Kind kind) {
        return switch (kind) {
            case ENTITY -> "legal entity";
            case PARTY -> "legal entity or person";
            case CONTACT -> "contact";
            case OPPORTUNITY -> "opportunity";
        };
    }
}
