package io.qualgraph.entity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

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

    /** Every family at {@code asOf}, each entity in exactly one family (a lone entity is its own family). */
    List<Family> allFamilies(Instant asOf);
}
