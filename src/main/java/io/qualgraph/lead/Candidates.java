package io.qualgraph.lead;

import java.util.List;

/**
 * What the graph holds for one lead's keys: the contacts by id and by e-mail, the entities by LEI, by e-mail domain,
 * by website domain and by company name (full-text hits in the lead's country), and the earlier open lead it repeats.
 */
record Candidates(Person byId, Person byEmail, List<Entity> byLei, List<Entity> byEmailDomain, List<Entity> byWebsite,
        List<Entity> byName, String duplicateOf) {

    /** A contact and its employer (null when it works nowhere we know), with their names (null when nameless). */
    record Person(String contactId, String contactName, String entityId, String entityName, String accountId) {
    }

    /** A candidate entity with what the tie-breaks need; {@code familyContacts} counts the whole family's contacts. */
    record Entity(String id, String name, String jurisdiction, String domain, String accountId, long familyContacts) {
    }
}
