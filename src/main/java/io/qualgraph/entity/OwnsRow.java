package io.qualgraph.entity;

import java.time.LocalDate;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

/** One OWNS relationship (share fields and dates may be null), as read from the graph or an import. */
public record OwnsRow(String ownerId, String ownerName, boolean ownerIsPerson, String ownedId, Double share, Double shareMin,
        Double shareMax, LocalDate since, LocalDate until) {

    /** From a record or a map value with the columns ownerId, ownerName, person, ownedId, share, shareMin, shareMax, since, until. */
    static OwnsRow from(MapAccessor r) {
        return new OwnsRow(r.get("ownerId").asString(), text(r.get("ownerName")), !r.get("person").isNull() && r.get("person").asBoolean(),
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

    private static String text(Value v) {
        return v == null || v.isNull() ? null : v.asString();
    }

    private static Double number(Value v) {
        return v == null || v.isNull() ? null : v.asDouble();
    }

    private static LocalDate date(Value v) {
        return v == null || v.isNull() ? null : v.asLocalDate();
    }
}
