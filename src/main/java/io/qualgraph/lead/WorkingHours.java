package io.qualgraph.lead;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

import io.qualgraph.scoring.LeadModel;

/** Adds working hours (Monday to Friday, the model's day start to day end, in its zone) to an instant. Pure. */
final class WorkingHours {

    private WorkingHours() {
    }

    /** {@code from} plus {@code hours} working hours; an instant outside working hours starts at the next day start. */
    static Instant add(Instant from, int hours, LeadModel.ContactBy day) {
        ZonedDateTime t = from.atZone(ZoneId.of(day.zone()));
        long minutesLeft = hours * 60L;
        t = toWorkingTime(t, day);
        while (minutesLeft > 0) {
            ZonedDateTime end = t.truncatedTo(ChronoUnit.DAYS).withHour(0).plusHours(day.dayEnd());
            long available = ChronoUnit.MINUTES.between(t, end);
            if (minutesLeft <= available) {
                return t.plusMinutes(minutesLeft).toInstant();
            }
            minutesLeft -= available;
            t = toWorkingTime(end, day);
        }
        return t.toInstant();
    }

    private static ZonedDateTime toWorkingTime(ZonedDateTime t, LeadModel.ContactBy day) {
        ZonedDateTime start = t.truncatedTo(ChronoUnit.DAYS).plusHours(day.dayStart());
        ZonedDateTime end = t.truncatedTo(ChronoUnit.DAYS).plusHours(day.dayEnd());
        if (weekend(t) || !t.isBefore(end)) {
            ZonedDateTime next = t.truncatedTo(ChronoUnit.DAYS).plusDays(1);
            while (weekend(next)) {
                next = next.plusDays(1);
            }
            return next.plusHours(day.dayStart());
        }
        return t.isBefore(start) ? start : t;
    }

    private static boolean weekend(ZonedDateTime t) {
        return t.getDayOfWeek() == DayOfWeek.SATURDAY || t.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
