package io.qualgraph.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The instant a read is answered for. An ISO date means the state at the end of that day (UTC),
 * so that {@code since: 2020-01-01} counts for {@code asOf=2020-01-01}; an ISO instant is taken as is.
 */
public final class AsOf {

    /** Four-digit years only: the graph's dates and every horizon computed from an instant stay representable. */
    public static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    private AsOf() {
    }

    /** Parses the {@code asOf} query parameter; blank means now. */
    public static Instant parse(String value, Clock clock) {
        return parseOr(value, "asOf", false, clock.instant());
    }

    /** As {@link #parse(String, String, boolean)}, or {@code absent} when the parameter is missing or blank. */
    public static Instant parseOr(String value, String field, boolean startOfDay, Instant absent) {
        return value == null || value.isBlank() ? absent : parse(value, field, startOfDay);
    }

    /**
     * Parses an instant parameter named {@code field}: an ISO-8601 instant, or a date meaning its first
     * ({@code startOfDay}) or last nanosecond in UTC.
     *
     * @throws Problem 400 naming {@code field} for anything else, or a year outside 0001–9999
     */
    public static Instant parse(String value, String field, boolean startOfDay) {
        String text = value.strip();
        Instant at;
        try {
            at = text.length() != 10 ? OffsetDateTime.parse(text).toInstant()
                    : startOfDay ? LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC)
                    : endOfDay(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            throw Problem.invalid(field, "must be an ISO-8601 date (2026-11-01) or instant (2026-11-01T10:00:00Z), was '"
                    + text + "'");
        }
        if (at.isBefore(EARLIEST) || at.isAfter(LATEST)) {
            throw Problem.invalid(field, "must lie between 0001-01-01 and 9999-12-31 (UTC), was '" + text + "'");
        }
        return at;
    }

    /** The last nanosecond of {@code day} in UTC. */
    public static Instant endOfDay(LocalDate day) {
        return day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusNanos(1);
    }
}
