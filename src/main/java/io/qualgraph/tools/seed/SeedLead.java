package io.qualgraph.tools.seed;

import java.time.Instant;
import java.util.Map;

/**
 * A lead as it reaches the CRM: about a known {@code contact} (outbound and partner leads, picked from the CRM), or
 * as a form or a badge scan carries it ({@code email}, {@code name}, {@code title}, {@code company}, {@code country},
 * sometimes a {@code seniority}), to be resolved on intake; {@code attributes} depend on the source.
 */
record SeedLead(String contact, Person person, String source, long createdAt, String status,
        Map<String, Object> attributes) {

    /** What a form says about the person. */
    record Person(String email, String name, String title, String seniority, String company, String country) {

        static final Person NONE = new Person(null, null, null, null, null, null);
    }

    SeedLead at(long instant) {
        return new SeedLead(contact, person, source, instant, status, attributes);
    }

    Map<String, Object> row(String id) {
        Person p = person == null ? Person.NONE : person;
        return Rows.of("id", id, "contact", contact, "email", p.email(), "name", p.name(), "title", p.title(),
                "seniority", p.seniority(), "company", p.company(), "country", p.country(), "source", source,
                "createdAt", Instant.ofEpochSecond(createdAt), "status", status, "attributes", attributes);
    }
}
