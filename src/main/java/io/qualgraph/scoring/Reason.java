package io.qualgraph.scoring;

import java.time.Instant;
import java.util.List;

/**
 * One row of the reasons ledger: the rule ({@code code}), its points (the rows of a score add up to it),
 * a sentence a person understands, and the signal behind it.
 */
public record Reason(String code, double points, String detail, Source source) {

    /**
     * Where the points came from: the contact and event (with its time and the decay factor applied), or the
     * entity, and the ownership path (member → … → ultimate parent) that carried them up to the account.
     * Fields that do not apply are null.
     */
    public record Source(String contactId, String eventId, Instant at, Double decayFactor, String entityId,
            List<String> path) {

        public static Source none() {
            return new Source(null, null, null, null, null, null);
        }

        public static Source entity(String entityId) {
            return new Source(null, null, null, null, entityId, null);
        }
    }

    static Reason of(String code, long tenths, String detail, Source source) {
        return new Reason(code, Points.of(tenths), detail, source);
    }
}
