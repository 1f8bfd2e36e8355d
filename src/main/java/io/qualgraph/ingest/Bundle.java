package io.qualgraph.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The project's JSON exchange format (DESIGN §4): every section optional, ids strings, times ISO-8601
 * (a date or an instant), shares fractions 0..1. Dates and vocabulary values are kept as text so that
 * validation can list every bad row. Build one in code with {@link #builder()}.
 *
 * <p>Beyond DESIGN §4 the bundle also takes a top-level {@code committee} section (the CSV shape),
 * for committee seats on opportunities already in the graph.
 */
public record Bundle(List<Entity> entities, List<Person> persons, List<Ownership> ownership,
        List<RiskFlag> riskFlags, List<Contact> contacts, List<Engagement> engagements,
        List<Opportunity> opportunities, List<CommitteeSeat> committee, List<Intent> intent, List<Lead> leads) {

    public Bundle {
        entities = orEmpty(entities);
        persons = orEmpty(persons);
        ownership = orEmpty(ownership);
        riskFlags = orEmpty(riskFlags);
        contacts = orEmpty(contacts);
        engagements = orEmpty(engagements);
        opportunities = orEmpty(opportunities);
        committee = orEmpty(committee);
        intent = orEmpty(intent);
        leads = orEmpty(leads);
    }

    /** A legal entity; {@code employees} and {@code annualRevenue} must not be negative. */
    public record Entity(String id, String name, String lei, String jurisdiction, String industry, Long employees,
            Double annualRevenue, String domain, Boolean regulated) {
        public static Entity named(String id, String name, String jurisdiction) {
            return new Entity(id, name, null, jurisdiction, null, null, null, null, null);
        }
    }

    /** A natural person who owns or controls entities. */
    public record Person(String id, String name, String nationality, Boolean pep) {
    }

    /** A stake: {@code share} in 0..1, or a band {@code shareMin..shareMax}; {@code until} is exclusive. */
    public record Ownership(String owner, String owned, Double share, Double shareMin, Double shareMax,
            String since, String until, String source) {
        public static Ownership of(String owner, String owned, Double share) {
            return new Ownership(owner, owned, share, null, null, null, null, null);
        }

        /**
         * The stake's identity, the one rule every writer keys a stake by: owner, owned and the day it began (null
         * when unknown). Two rows with the same key are the same stake, whatever format or source stated them.
         */
        public StakeKey key() {
            return new StakeKey(owner, owned, Times.date(since).orElse(null));
        }
    }

    /** Identifies one OWNS relationship: who holds which entity since when (see {@link Ownership#key()}). */
    public record StakeKey(String owner, String owned, LocalDate since) {
    }

    /** A KYC listing of a person or entity ({@code subject}). */
    public record RiskFlag(String id, String subject, String type, String severity, String source, String listedAt,
            String delistedAt) {
    }

    /** A person we sell to, working at {@code entity}. */
    public record Contact(String id, String entity, String name, String email, String title, String seniority,
            String department) {
    }

    /** A behavioural event performed by {@code contact}. */
    public record Engagement(String id, String contact, String type, String at, String topic, String channel) {
    }

    /** An opportunity for {@code entity}, with its buying committee. */
    public record Opportunity(String id, String entity, String stage, String outcome, Double amount,
            String createdAt, String closedAt, List<CommitteeSeat> committee) {
        public Opportunity {
            committee = orEmpty(committee);
        }
    }

    /** A contact's role on an opportunity; {@code opportunity} may be omitted inside an opportunity row. */
    public record CommitteeSeat(String opportunity, String contact, String role) {
    }

    /** Third-party intent about {@code entity}; {@code strength} in 0..1. */
    public record Intent(String id, String entity, String topic, Double strength, String observedAt, String source) {
    }

    /**
     * An inbound or outbound lead: about a known {@code contact}, or a person known by {@code email} and what the
     * form said (name, title, company, website, country, LEI), which resolution matches to the graph. One of
     * {@code contact} and {@code email} is required; {@code attributes} are stored as a JSON string.
     */
    public record Lead(String id, String contact, String email, String name, String title, String seniority,
            String department, String phone, String company, String website, String country, String lei,
            String source, String createdAt, String status, Answers answers, Map<String, Object> attributes) {

        /** The row of DESIGN §4's first shape: a lead about a known contact. */
        public static Lead about(String id, String contact, String source, String createdAt, String status,
                Map<String, Object> attributes) {
            return new Lead(id, contact, null, null, null, null, null, null, null, null, null, null, source,
                    createdAt, status, null, attributes);
        }
    }

    /** A lead's own answers on a form (BANT): each one of its vocabulary or absent. */
    public record Answers(String budget, String timeline, String authority, String need) {
    }

    public static BundleBuilder builder() {
        return new BundleBuilder();
    }

    public static Bundle empty() {
        return builder().build();
    }

    /** Whether the bundle holds lead rows and no other rows. */
    public boolean leadsOnly() {
        return !leads.isEmpty() && rowCount() == leads.size();
    }

    /** Rows in all sections, committee seats included. */
    public int rowCount() {
        return Stream.of(entities, persons, ownership, riskFlags, contacts, engagements, opportunities, committee,
                intent, leads).mapToInt(List::size).sum()
                + opportunities.stream().filter(Objects::nonNull).mapToInt(o -> o.committee().size()).sum();
    }

    private static <T> List<T> orEmpty(List<T> rows) {
        return rows == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(rows));
    }
}
