package io.qualgraph.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads the bundle's time fields: every field takes an ISO date ({@code 2020-01-01}) or an ISO instant
 * ({@code 2020-01-01T10:00:00Z}, an offset, or no offset meaning UTC). Date fields keep the UTC day of an
 * instant; instant fields read a date as the start of that day in UTC.
 */
final class Times {

    static final String EXPECTED = "must be an ISO-8601 date (2020-01-01) or instant (2020-01-01T10:00:00Z)";

    private Times() {
    }

    static Optional<LocalDate> date(String text) {
        return instant(text).map(t -> t.toLocalDate());
    }

    static Optional<ZonedDateTime> instant(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.strip();
        try {
            if (value.length() == 10) {
                return Optional.of(LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC));
            }
            return Optional.of(utc(OffsetDateTime.parse(value).toInstant()));
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(LocalDateTime.parse(value).atZone(ZoneOffset.UTC));
            } catch (DateTimeParseException again) {
                return Optional.empty();
            }
        }
    }

    /** A date field shifted by {@code days}, or null when absent. */
    static LocalDate date(String text, long days) {
        return date(text).map(d -> d.plusDays(days)).orElse(null);
    }

    /** An instant field shifted by {@code days}, or null when absent. */
    static ZonedDateTime instant(String text, long days) {
        return instant(text).map(t -> t.plusDays(days)).orElse(null);
    }

    private static ZonedDateTime utc(Instant instant) {
        return instant.atZone(ZoneOffset.UTC);
    }
}
