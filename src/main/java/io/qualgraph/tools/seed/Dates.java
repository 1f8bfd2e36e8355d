package io.qualgraph.tools.seed;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Random days and business-hour instants. */
final class Dates {

    private Dates() {
    }

    static LocalDate randomDay(Rand rand, LocalDate from, LocalDate toInclusive) {
        return from.plusDays(rand.below(ChronoUnit.DAYS.between(from, toInclusive) + 1));
    }

    static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** An instant in [from, to), mostly in European/US business hours. */
    static Instant between(Rand rand, Instant from, Instant to) {
        long days = Math.max(1, ChronoUnit.DAYS.between(from, to));
        for (int attempt = 0; attempt < 4; attempt++) {
            Instant day = from.truncatedTo(ChronoUnit.DAYS).plus(rand.below(days + 1), ChronoUnit.DAYS);
            int hour = rand.chance(0.85) ? rand.between(7, 18) : rand.between(0, 23);
            Instant at = day.plusSeconds(hour * 3600L + rand.below(3600));
            if (!at.isBefore(from) && at.isBefore(to)) {
                return at;
            }
        }
        return from.plusSeconds(rand.below(Math.max(1, ChronoUnit.SECONDS.between(from, to))));
    }
}
