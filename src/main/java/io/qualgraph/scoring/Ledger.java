package io.qualgraph.scoring;

import java.util.ArrayList;
import java.util.List;

/** Collects reason rows in tenths of a point and closes with a clamp row so the rows sum to a score in 0..100. */
final class Ledger {

    private final List<Reason> rows = new ArrayList<>();
    private long total;

    void add(String code, long tenths, String detail, Reason.Source source) {
        rows.add(Reason.of(code, tenths, detail, source));
        total += tenths;
    }

    /** A zero-point row: a fact the reader needs (a gate, a missing role) that moves no points. */
    void note(String code, String detail, Reason.Source source) {
        add(code, 0, detail, source);
    }

    long total() {
        return total;
    }

    /** Adds the row that brings the total into 0..100 when needed and returns the final score in tenths. */
    long closeWithin0To100() {
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
