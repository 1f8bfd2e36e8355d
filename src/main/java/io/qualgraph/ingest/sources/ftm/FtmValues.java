package io.qualgraph.ingest.sources.ftm;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Reading FollowTheMoney property values: lists of strings, partial dates, country codes, percentages. */
final class FtmValues {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private FtmValues() {
    }

    static List<String> all(JsonNode properties, String name) {
        List<String> out = new ArrayList<>();
        JsonNode values = properties.get(name);
        if (values != null && values.isArray()) {
            values.forEach(v -> out.add(v.asString()));
        }
        return out;
    }

    static String first(JsonNode properties, String name) {
        List<String> values = all(properties, name);
        return values.isEmpty() ? null : values.get(0);
    }

    /** The first value that is an ISO alpha-2 country (FtM writes lower case; "eu" and "suhh" are not countries). */
    static String country(JsonNode properties, String... names) {
        for (String name : names) {
            for (String v : all(properties, name)) {
                String code = v.toUpperCase(Locale.ROOT);
                if (COUNTRIES.contains(code)) {
                    return code;
                }
            }
        }
        return null;
    }

    /**
     * An FtM date (yyyy, yyyy-mm or yyyy-mm-dd, possibly with a time) as a day: a start is the first day of the period;
     * an end is inclusive in FtM, so the exclusive end is the day after the period.
     */
    static Optional<LocalDate> date(String text, boolean end) {
        if (text == null || text.length() < 4) {
            return Optional.empty();
        }
        try {
            String t = text.length() > 10 ? text.substring(0, 10) : text;
            return Optional.of(switch (t.length()) {
                case 4 -> end ? LocalDate.of(Integer.parseInt(t) + 1, 1, 1) : LocalDate.of(Integer.parseInt(t), 1, 1);
                case 7 -> {
                    LocalDate month = LocalDate.parse(t + "-01");
                    yield end ? month.plusMonths(1) : month;
                }
                default -> end ? LocalDate.parse(t).plusDays(1) : LocalDate.parse(t);
            });
        } catch (NumberFormatException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The earliest start or the latest end among several dates. */
    static Optional<LocalDate> extreme(List<String> values, boolean end) {
        return values.stream().map(v -> date(v, end)).flatMap(Optional::stream)
                .reduce((a, b) -> end == a.isAfter(b) ? a : b);
    }

    /** A percentage 0..100 as a fraction, or null when absent or unreadable. */
    static Double fraction(String percentage) {
        if (percentage == null) {
            return null;
        }
        try {
            double value = Double.parseDouble(percentage.strip().replace("%", "").replace(',', '.')) / 100.0;
            return value >= 0 && value <= 1 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
