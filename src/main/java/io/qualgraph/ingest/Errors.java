package io.qualgraph.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import io.qualgraph.support.Problem;

/** Collects every rule a bundle breaks, with the path of the offending field. */
final class Errors {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$");
    /** Longest id or reference: keys are indexed, and an index entry has a size limit. */
    static final int MAX_KEY_LENGTH = 500;
    /** RFC 5321's limit on a forward path; the longest domain name (RFC 1035) is 253. */
    static final int MAX_EMAIL_LENGTH = 254;
    static final int MAX_DOMAIN_LENGTH = 253;
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final List<Problem.FieldError> list = new ArrayList<>();

    void add(String path, String message) {
        list.add(new Problem.FieldError(path, message));
    }

    List<Problem.FieldError> list() {
        return List.copyOf(list);
    }

    boolean required(String path, String value) {
        if (value == null || value.isBlank()) {
            add(path, "is required");
            return false;
        }
        return true;
    }

    /**
     * A key: an id or a reference to one. Required, and at most {@value #MAX_KEY_LENGTH} characters, since keys are
     * indexed and an index entry has a size limit (which a LEI, a BODS statement id or an OpenSanctions id never nears).
     */
    boolean key(String path, String value) {
        return required(path, value) && maxLength(path, value, MAX_KEY_LENGTH);
    }

    boolean maxLength(String path, String value, int max) {
        if (value != null && value.length() > max) {
            add(path, "must have at most " + max + " characters, had " + value.length());
            return false;
        }
        return true;
    }

    void fraction(String path, Double value) {
        if (value != null && (value.isNaN() || value < 0 || value > 1)) {
            add(path, "must be between 0 and 1, was " + value);
        }
    }

    void notNegative(String path, Number value) {
        if (value != null && value.doubleValue() < 0) {
            add(path, "must not be negative, was " + value);
        }
    }

    void date(String path, String value) {
        if (value != null && Times.date(value).isEmpty()) {
            add(path, Times.EXPECTED + ", was '" + value + "'");
        }
    }

    void country(String path, String value) {
        if (value != null && !COUNTRIES.contains(value)) {
            add(path, "must be an ISO 3166-1 alpha-2 country code (e.g. DE), was '" + value + "'");
        }
    }

    void email(String path, String value) {
        if (value != null && maxLength(path, value, MAX_EMAIL_LENGTH) && !EMAIL.matcher(value).matches()) {
            add(path, "is not a valid e-mail address: '" + value + "'");
        }
    }

    <E extends Enum<E>> void oneOf(String path, String value, Class<E> type) {
        if (value == null) {
            return;
        }
        boolean known = Arrays.stream(type.getEnumConstants()).anyMatch(c -> c.name().equals(value));
        if (!known) {
            add(path, "unknown value '" + value + "'; allowed: " + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** Flags {@code later} when both times parse and it lies strictly before {@code earlier}. */
    void notBefore(String path, String later, String earlier, String earlierName) {
        var end = Times.instant(later);
        var start = Times.instant(earlier);
        if (end.isPresent() && start.isPresent() && end.get().isBefore(start.get())) {
            add(path, "must not be before " + earlierName + " (" + earlier + "), was " + later);
        }
    }
}
