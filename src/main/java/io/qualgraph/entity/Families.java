package io.qualgraph.entity;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.types.MapAccessor;

/**
 * Corporate families as of an instant: the ultimate parent reached by controlling ownership (share > 0.5,
 * legal entities only) and everything it controls. Implemented in this package; read by risk and scoring.
 */
public interface Families {

    /** One member of a family and the control chain from it up to the ultimate parent. */
    record Member(String entityId, List<String> controlPath) {
        public Member {
            controlPath = List.copyOf(controlPath);
        }
    }

    /** A family: its ultimate parent (the account id) and every member, the parent included. */
    record Family(String ultimateParentId, List<Member> members) {
        public Family {
            members = List.copyOf(members);
        }
    }

    /** The family the entity belongs to at {@code asOf}; empty for an unknown id. */
    Optional<Family> familyOf(String entityId, Instant asOf);

    /** As {@link #familyOf(String, Instant)}, inside the caller's read transaction. */
    Optional<Family> familyOf(TransactionContext tx, String entityId, Instant asOf);

    /**
     * The families of these entities at {@code asOf}, by entity id, as {@link #familyOf(TransactionContext, String,
     * Instant)} answers each, inside the caller's read transaction: the maintained ones in one statement (each family
     * read once), the rest from the stakes, one component at a time. Unknown ids are left out.
     */
    Map<String, Family> familiesOf(TransactionContext tx, Collection<String> entityIds, Instant asOf);

    /**
     * Whether a membership read elsewhere (the columns of entity-membership: family, validFrom, validTo, …) holds on the
     * day of {@code asOf}, so that the family maintained at write time is the family then.
     */
    boolean maintainedOn(MapAccessor membership, Instant asOf);

    /**
     * The family as maintained at write time, from its members read elsewhere: each a list [id, controlling parent],
     * the parent null for the ultimate parent (qgFamily and qgParent of every member). Empty when the rows do not make
     * one consistent family, as when they were read while a write that moves entities between families committed:
     * the caller then reads the family another way.
     */
    Optional<Family> maintained(String ultimateParentId, List<List<String>> memberAndParent);

    /** Every family at {@code asOf}, each entity in exactly one family (a lone entity is its own family). */
    List<Family> allFamilies(Instant asOf);
}
