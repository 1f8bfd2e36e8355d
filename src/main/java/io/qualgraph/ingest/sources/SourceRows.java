package io.qualgraph.ingest.sources;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.qualgraph.ingest.Bundle;

/**
 * Collects what an importer read from a public format as bundle rows: the last entity or person with an id wins, and
 * a stake stated again (the same {@link Bundle.Ownership#key() owner, owned and start}) replaces the earlier statement,
 * as bundle ingest would. The bundle it builds goes through the one write path, {@code BundleIngest}. Not thread-safe.
 */
public final class SourceRows {

    private final Map<String, Bundle.Entity> entities = new LinkedHashMap<>();
    private final Map<String, Bundle.Person> persons = new LinkedHashMap<>();
    private final Map<Bundle.StakeKey, Bundle.Ownership> ownership = new LinkedHashMap<>();

    /** A legal entity known only by its id, name, jurisdiction (ISO 3166-1 alpha-2 or a subdivision of one) and LEI. */
    public static Bundle.Entity entity(String id, String name, String jurisdiction, String lei) {
        return new Bundle.Entity(id, name, lei, country(jurisdiction), null, null, null, null, null);
    }

    /** The country part of a code that may name a subdivision ({@code US-DE} → {@code US}). */
    public static String country(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        int dash = code.indexOf('-');
        return (dash < 0 ? code : code.substring(0, dash)).strip().toUpperCase(Locale.ROOT);
    }

    public void entity(Bundle.Entity e) {
        entities.put(e.id(), e);
    }

    public void person(Bundle.Person p) {
        persons.put(p.id(), p);
    }

    public boolean knows(String id) {
        return entities.containsKey(id) || persons.containsKey(id);
    }

    public boolean isEntity(String id) {
        return entities.containsKey(id);
    }

    /** Adds an entity known only by its id unless the rows already hold a party with it. */
    public void ensureEntity(String id, String jurisdiction, String lei) {
        if (!knows(id)) {
            entity(entity(id, null, jurisdiction, lei));
        }
    }

    public void ownership(Bundle.Ownership o) {
        ownership.remove(o.key());
        ownership.put(o.key(), o);
    }

    public Bundle build() {
        return Bundle.builder().addAll(entities.values(), persons.values(), ownership.values()).build();
    }
}
