package io.qualgraph.entity;

import java.time.LocalDate;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** One OWNS relationship (share fields and dates may be null), as read from the graph or an import. */
public record OwnsRow(String ownerId, String ownerName, boolean ownerIsPerson, String ownedId, Double share, Double shareMin,
        Double shareMax, LocalDate since, LocalDate until) {

    static OwnsRow from(Record r) {
        return new OwnsRow(r.get("ownerId").asString(), r.get("ownerName").asString(null), r.get("person").asBoolean(false),
                r.get("ownedId").asString(), number(r.get("share")), number(r.get("shareMin")), number(r.get("shareMax")),
                date(r.get("since")), date(r.get("until")));
    }

    /** Valid at {@code day}: since inclusive, until exclusive. */
    boolean validOn(LocalDate day) {
        return (since == null || !since.isAfter(day)) && (until == null || until.isAfter(day));
    }

    Holding holding() {
        return Holding.of(ownerId, ownedId, ownerIsPerson, share, shareMin, shareMax);
    }

    private static Double number(Value v) {
        return v == null || v.isNull() ? null : v.asDouble();
    }

    private static LocalDate date(Value v) {
        return v == null || v.isNull() ? null : v.asLocalDate();
    }
}
