package io.qualgraph.entity;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;

/**
 * The days on which stakes computed on {@code day} stay the same: from the last change point (a since or until)
 * on or before it to the first one after it (exclusive); null ends are unbounded. Pure.
 */
record ValidityWindow(LocalDate from, LocalDate to) {

    static ValidityWindow around(LocalDate day, Collection<OwnsRow> rows) {
        LocalDate from = null;
        LocalDate to = null;
        for (OwnsRow row : rows) {
            for (LocalDate point : new LocalDate[] {row.since(), row.until()}) {
                if (point == null) {
                    continue;
                }
                if (!point.isAfter(day)) {
                    from = from == null || point.isAfter(from) ? point : from;
                } else {
                    to = to == null || point.isBefore(to) ? point : to;
                }
            }
        }
        return new ValidityWindow(from, to);
    }

    boolean contains(LocalDate day) {
        return (from == null || !from.isAfter(day)) && (to == null || to.isAfter(day)) && Objects.nonNull(day);
    }
}
