package io.qualgraph.scoring;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;


/** What the graph says about an account or a contact at one instant: the scorers' only input. */
public final class Signals {

    private Signals() {
    }

    /** One behavioural event. */
    public record Event(String id, EngagementType type, Instant at) {
    }

    /**
     * A contact with its employer's headcount, its events, its committee roles on open opportunities, and the
     * control path from its employer up to the account's ultimate parent.
     */
    public record Contact(String id, String name, String email, Seniority seniority, String department,
            String entityId, long companyEmployees, List<String> controlPath, List<Event> events,
            Set<CommitteeRole> roles, String title) {

        /** A contact whose job title is not known. */
        public Contact(String id, String name, String email, Seniority seniority, String department, String entityId,
                long companyEmployees, List<String> controlPath, List<Event> events, Set<CommitteeRole> roles) {
            this(id, name, email, seniority, department, entityId, companyEmployees, controlPath, events, roles, null);
        }

        /** Who this contact is, in words, for a summary. */
        public ReasonSummary.Person person() {
            return new ReasonSummary.Person(name, title != null ? title
                    : seniority == null ? department : department == null ? seniority.name()
                    : seniority.name() + ", " + department);
        }
    }

    /** The account's firmographics: the ultimate parent's industry and country, the family's headcount. */
    public record Firmographics(String industry, String jurisdiction, long familyEmployees, boolean anyRegulated) {
    }

    /** A third-party intent observation about a family member. */
    public record Intent(String id, String entityId, String topic, double strength, Instant observedAt) {
    }

    /** Everything the account scorer reads for one family, with the names of its members (by entity id). */
    public record Account(String accountId, String accountName, Firmographics firmographics, List<Contact> contacts,
            List<Intent> intent, Map<String, String> entityNames) {

        public Account {
            entityNames = Map.copyOf(entityNames);
        }

        /** A family whose members' names are not known: explanations name them by id. */
        public Account(String accountId, String accountName, Firmographics firmographics, List<Contact> contacts,
                List<Intent> intent) {
            this(accountId, accountName, firmographics, contacts, intent, Map.of());
        }
    }
}
