package io.qualgraph.lead;

import java.util.List;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** A record of resolution-candidates as {@link Candidates}. */
final class CandidatesReader {

    private CandidatesReader() {
    }

    static Candidates of(Record r) {
        return new Candidates(person(r.get("byId")), person(r.get("byEmail")), entities(r.get("byLei")),
                entities(r.get("byEmailDomain")), entities(r.get("byWebsite")), entities(r.get("byName")),
                r.get("duplicateOf").asString(null));
    }

    private static Candidates.Person person(Value v) {
        if (v.isNull()) {
            return null;
        }
        return new Candidates.Person(v.get("contactId").asString(), v.get("contactName").asString(null),
                v.get("entityId").asString(null), v.get("entityName").asString(null), v.get("accountId").asString(null));
    }

    private static List<Candidates.Entity> entities(Value list) {
        return list.asList(v -> new Candidates.Entity(v.get("id").asString(), v.get("name").asString(v.get("id").asString()),
                v.get("jurisdiction").asString(null), v.get("domain").asString(null), v.get("accountId").asString(),
                Candidates.Entity.NOT_COUNTED));
    }
}
