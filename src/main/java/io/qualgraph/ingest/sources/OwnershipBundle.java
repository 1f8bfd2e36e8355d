package io.qualgraph.ingest.sources;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The entities, persons and ownership sections of a bundle (DESIGN §4), field names as in the bundle JSON. Ownership
 * rows carry a {@code source} naming the statement they come from, so that re-importing changes nothing.
 */
public record OwnershipBundle(List<Entity> entities, List<Person> persons, List<Ownership> ownership) {

    /** A legal entity. */
    public record Entity(String id, String name, String jurisdiction, String lei) {
    }

    /** A natural person. */
    public record Person(String id, String name, String nationality, Boolean pep) {
    }

    /** One stake; {@code share} or the band {@code shareMin}/{@code shareMax} or neither (unknown); ISO dates. */
    public record Ownership(String owner, String owned, Double share, Double shareMin, Double shareMax, String since,
            String until, String source) {
    }

    public OwnershipBundle {
        entities = List.copyOf(entities);
        persons = List.copyOf(persons);
        ownership = List.copyOf(ownership);
    }

    /** The stakes as arithmetic input (owners listed as persons are persons). */
    public List<io.qualgraph.entity.OwnsRow> stakes() {
        java.util.Set<String> people = new java.util.HashSet<>();
        persons.forEach(p -> people.add(p.id()));
        return ownership.stream().map(o -> new io.qualgraph.entity.OwnsRow(o.owner(), null, people.contains(o.owner()), o.owned(),
                o.share(), o.shareMin(), o.shareMax(), day(o.since()), day(o.until()))).toList();
    }

    private static java.time.LocalDate day(String iso) {
        return iso == null ? null : java.time.LocalDate.parse(iso.substring(0, 10));
    }

    /** Collects rows; the last entity or person with an id wins, identical stakes are kept once. */
    public static final class Builder {
        private final Map<String, Entity> entities = new LinkedHashMap<>();
        private final Map<String, Person> persons = new LinkedHashMap<>();
        private final Map<String, Ownership> ownership = new LinkedHashMap<>();

        public void entity(Entity e) {
            entities.put(e.id(), e);
        }

        public void person(Person p) {
            persons.put(p.id(), p);
        }

        public boolean knows(String id) {
            return entities.containsKey(id) || persons.containsKey(id);
        }

        public boolean isEntity(String id) {
            return entities.containsKey(id);
        }

        public void ownership(Ownership o) {
            String key = String.join("|", o.owner(), o.owned(), String.valueOf(o.share()), String.valueOf(o.shareMin()),
                    String.valueOf(o.shareMax()), String.valueOf(o.since()), String.valueOf(o.until()));
            ownership.putIfAbsent(key, o);
        }

        public OwnershipBundle build() {
            return new OwnershipBundle(new ArrayList<>(entities.values()), new ArrayList<>(persons.values()),
                    new ArrayList<>(ownership.values()));
        }
    }
}
