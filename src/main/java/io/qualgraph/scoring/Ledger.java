package io.qualgraph.scoring;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects reason rows in tenths of a point and closes with a clamp row so the rows sum to a score in 0..100: the one
 * ledger of the contact, account and lead scorers.
 */
public final class Ledger {

    private final List<Reason> rows = new ArrayList<>();
    private long total;

    public void add(String code, long tenths, String detail, Reason.Source source) {
        rows.add(Reason.of(code, tenths, detail, source));
        total += tenths;
    }

    /** A row of whole points. */
    public void points(String code, int points, String detail, Reason.Source source) {
        add(code, points * 10L, detail, source);
    }

    /** A zero-point row: a fact the reader needs (a gate, a missing role) that moves no points. */
    public void note(String code, String detail, Reason.Source source) {
        add(code, 0, detail, source);
    }

    public long total() {
        return total;
    }

    /** Adds the row that brings the total into 0..100 when needed and returns the final score in tenths. */
    public long closeWithin0To100() {
        if (total > 1000) {
            add("SCORE_CAP", 1000 - total, "Scores stop at 100", Reason.Source.none());
        } else if (total < 0) {
            add("SCORE_FLOOR", -total, "Scores do not go below 0", Reason.Source.none());
        }
        return total;
    }

    public List<Reason> rows() {
        return List.copyOf(rows);
    }
}
