package io.qualgraph.entity;

import java.time.LocalDate;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

/**
 * An entity's family membership as maintained at write time: its ultimate parent, controlling parent and family
 * size, valid for days in [validFrom, validTo) (null = unbounded); {@code family} is null when never maintained.
 */
record Membership(String id, String name, String family, String parent, long size, LocalDate validFrom, LocalDate validTo) {

    static Membership from(MapAccessor r) {
        return new Membership(r.get("id").asString(), r.get("name").asString(null), r.get("family").asString(null),
                r.get("parent").asString(null), r.get("size").asLong(0), date(r.get("validFrom")), date(r.get("validTo")));
    }

    /** Whether the stored answer holds on {@code day}: maintained, and no stake of its component changed in between. */
    boolean holdsOn(LocalDate day) {
        return family != null && (validFrom == null || !validFrom.isAfter(day)) && (validTo == null || validTo.isAfter(day));
    }

    private static LocalDate date(Value v) {
        return v.isNull() ? null : v.asLocalDate();
    }
}
