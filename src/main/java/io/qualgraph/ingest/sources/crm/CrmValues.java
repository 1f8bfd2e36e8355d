package io.qualgraph.ingest.sources.crm;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Country names and the date formats CRM exports write, read as the bundle wants them. Pure. */
final class CrmValues {

    private static final Map<String, String> COUNTRIES = countries();
    private static final List<DateTimeFormatter> LOCAL = List.of(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]"),
            DateTimeFormatter.ofPattern("MM/dd/yyyy HH:mm[:ss]"), DateTimeFormatter.ofPattern("M/d/yyyy[ h:mm a]",
                    Locale.ROOT));
    private static final DateTimeFormatter SALESFORCE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss[.SSS]XX");

    private CrmValues() {
    }

    /** An ISO code for a country given as a code or an English (or common local) name. */
    static Optional<String> country(String text) {
        return Optional.ofNullable(COUNTRIES.get(text.strip().toLowerCase(Locale.ROOT)));
    }

    /** An ISO instant for the date and time forms HubSpot and Salesforce export (times without a zone read as UTC). */
    static Optional<String> instant(String text) {
        String t = text.strip();
        for (java.util.function.Supplier<Instant> parse : List.<java.util.function.Supplier<Instant>>of(
                () -> OffsetDateTime.parse(t).toInstant(), () -> OffsetDateTime.parse(t, SALESFORCE).toInstant(),
                () -> LocalDateTime.parse(t).toInstant(ZoneOffset.UTC),
                () -> LocalDate.parse(t).atStartOfDay().toInstant(ZoneOffset.UTC))) {
            try {
                return Optional.of(parse.get().toString());
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        for (DateTimeFormatter format : LOCAL) {
            try {
                return Optional.of(LocalDateTime.parse(t, format).toInstant(ZoneOffset.UTC).toString());
            } catch (DateTimeParseException e) {
                try {
                    return Optional.of(LocalDate.parse(t, format).atStartOfDay().toInstant(ZoneOffset.UTC).toString());
                } catch (DateTimeParseException again) {
                    // try the next form
                }
            }
        }
        return Optional.empty();
    }

    private static Map<String, String> countries() {
        Map<String, String> names = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale("", code);
            names.put(code.toLowerCase(Locale.ROOT), code);
            names.put(country.getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), code);
            names.put(country.getISO3Country().toLowerCase(Locale.ROOT), code);
        }
        for (String[] alias : new String[][] {{"usa", "US"}, {"united states of america", "US"}, {"uk", "GB"},
                {"great britain", "GB"}, {"england", "GB"}, {"deutschland", "DE"}, {"österreich", "AT"},
                {"schweiz", "CH"}, {"españa", "ES"}, {"the netherlands", "NL"}, {"holland", "NL"}}) {
            names.put(alias[0], alias[1]);
        }
        return names;
    }

    static final Set<String> FIELDS = Set.of("id", "email", "firstName", "lastName", "phone", "title", "department",
            "company", "website", "country", "createdAt", "status", "source", "name", "seniority", "lei");
}
