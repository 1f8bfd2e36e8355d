package io.qualgraph.lead;

import java.util.List;
import java.util.Map;

/**
 * What the graph holds for one lead's keys: the contacts by id and by e-mail, the entities by LEI, by e-mail domain,
 * by website domain and by company name (full-text hits in the lead's country), and the earlier open lead it repeats.
 */
record Candidates(Person byId, Person byEmail, List<Entity> byLei, List<Entity> byEmailDomain, List<Entity> byWebsite,
        List<Entity> byName, String duplicateOf) {

    /** A contact and its employer (null when it works nowhere we know), with their names (null when nameless). */
    record Person(String contactId, String contactName, String entityId, String entityName, String accountId) {
    }

    /**
     * A candidate entity with what the tie-breaks need; {@code familyContacts} counts the whole family's contacts, and
     * is {@link #NOT_COUNTED} until {@link Candidates#withFamilyContacts} fills it in for the entities that contend;
     * {@code normalisedName} is the name as {@link CompanyNames#normalise} folds it, made once for every comparison.
     */
    record Entity(String id, String name, String jurisdiction, String domain, String accountId, long familyContacts,
            String normalisedName) {

        static final long NOT_COUNTED = -1;

        Entity(String id, String name, String jurisdiction, String domain, String accountId, long familyContacts) {
            this(id, name, jurisdiction, domain, accountId, familyContacts, CompanyNames.normalise(name));
        }

        Entity counted(Map<String, Long> contactsByAccount) {
            Long contacts = contactsByAccount.get(accountId);
            return contacts == null ? this
                    : new Entity(id, name, jurisdiction, domain, accountId, contacts, normalisedName);
        }
    }

    /** These candidates with the families' contact counts filled in for the accounts in {@code contactsByAccount}. */
    Candidates withFamilyContacts(Map<String, Long> contactsByAccount) {
        if (contactsByAccount.isEmpty()) {
            return this;
        }
        return new Candidates(byId, byEmail, counted(byLei, contactsByAccount),
                counted(byEmailDomain, contactsByAccount), counted(byWebsite, contactsByAccount),
                counted(byName, contactsByAccount), duplicateOf);
    }

    private static List<Entity> counted(List<Entity> entities, Map<String, Long> contactsByAccount) {
        return entities.stream().map(e -> e.counted(contactsByAccount)).toList();
    }
}
