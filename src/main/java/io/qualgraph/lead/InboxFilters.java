package io.qualgraph.lead;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import io.qualgraph.contact.LeadSource;
import io.qualgraph.support.AsOf;
import io.qualgraph.support.Problem;

/** The inbox's query parameters checked against their vocabularies; a bad one is a 400 naming it. */
public final class InboxFilters {

    private static final List<String> OUTCOMES = names(io.qualgraph.scoring.Outcome.values());
    private static final List<String> ROUTES = names(io.qualgraph.scoring.Route.values());

    private InboxFilters() {
    }

    /** @throws Problem 400 naming the first parameter whose value is not in its vocabulary */
    public static void check(String outcome, String stage, String route, String source) {
        oneOf("outcome", outcome, OUTCOMES);
        oneOf("stage", stage, Arrays.stream(LeadStage.values()).map(Enum::name).toList());
        oneOf("route", route, ROUTES);
        oneOf("source", source, Arrays.stream(LeadSource.values()).map(Enum::name).toList());
    }

    public static Inbox.Filters of(String outcome, String stage, String route, String accountId, String source) {
        return new Inbox.Filters(outcome, stage, route, accountId == null || accountId.isBlank() ? null : accountId, source);
    }

    /**
     * An instant parameter named in its problem: an ISO date means the end of that day, as {@code asOf}, except for
     * {@code from}, where it means the start.
     */
    public static Instant instant(String name, String value, Clock clock) {
        try {
            if (name.equals("from") && value.strip().length() == 10) {
                return java.time.LocalDate.parse(value.strip()).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
            }
            return AsOf.parse(value, clock);
        } catch (java.time.format.DateTimeParseException e) {
            throw Problem.invalid(name, "must be an ISO-8601 date (2026-11-01) or instant (2026-11-01T10:00:00Z), was '"
                    + value + "'");
        } catch (Problem e) {
            throw Problem.invalid(name, "must be an ISO-8601 date (2026-11-01) or instant (2026-11-01T10:00:00Z), was '"
                    + value + "'");
        }
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static void oneOf(String field, String value, List<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            throw Problem.invalid(field, "must be one of " + allowed + ", was '" + value + "'");
        }
    }
}
