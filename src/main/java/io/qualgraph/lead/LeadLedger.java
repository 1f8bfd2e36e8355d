package io.qualgraph.lead;

import java.util.ArrayList;
import java.util.List;

import io.qualgraph.scoring.Reason;

/** The lead's reason rows in tenths of a point, closed by a clamp row so that they sum exactly to a score in 0..100. */
final class LeadLedger {

    private final List<Reason> rows = new ArrayList<>();
    private long total;

    void add(String code, long tenths, String detail, Reason.Source source) {
        rows.add(new Reason(code, tenths / 10.0, detail, source));
        total += tenths;
    }

    void points(String code, int points, String detail, Reason.Source source) {
        add(code, points * 10L, detail, source);
    }

    void note(String code, String detail, Reason.Source source) {
        add(code, 0, detail, source);
    }

    /** The score in tenths after the clamp row, if one was needed. */
    long close() {
        if (total > 1000) {
            add("SCORE_CAP", 1000 - total, "Scores stop at 100", Reason.Source.none());
        } else if (total < 0) {
            add("SCORE_FLOOR", -total, "Scores do not go below 0", Reason.Source.none());
        }
        return total;
    }

    List<Reason> rows() {
        return List.copyOf(rows);
    }
}
