package io.qualgraph.entity;

import java.util.List;

/**
 * A data-quality finding met while answering: the rule's code, the entity it is about, the ids involved
 * and a sentence for a person.
 */
public record Finding(Code code, String entityId, List<String> ids, String detail) {

    /** The kinds of finding. */
    public enum Code {
        /** Stakes in one entity add up to more than 100% (by their lower bounds). */
        SHARES_ABOVE_100_PERCENT,
        /** An entity holds its own shares (a cycle of length 1). */
        SELF_OWNERSHIP,
        /** A stake without share or band: unknown, never counted as control. */
        UNKNOWN_SHARE,
        /** Several OWNS between one pair are valid at the same instant; their shares were added. */
        OVERLAPPING_STAKES,
        /** More than one legal entity holds more than half of the entity; the largest (then lowest id) was taken. */
        MULTIPLE_CONTROLLERS,
        /** The number of ownership paths explored reached the configured limit; effective shares may be low. */
        PATH_LIMIT_REACHED
    }

    public Finding {
        ids = List.copyOf(ids);
    }
}
