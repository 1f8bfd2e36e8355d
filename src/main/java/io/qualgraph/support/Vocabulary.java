package io.qualgraph.support;

import java.util.Arrays;
import java.util.Locale;

/** Reads a value of a closed vocabulary (an enum) from input, case-insensitively. */
public final class Vocabulary {

    private Vocabulary() {
    }

    /** As {@link #parse}, or null when {@code value} is absent or blank (an optional filter). */
    public static <E extends Enum<E>> E parseOptional(Class<E> vocabulary, String value, String field) {
        return value == null || value.isBlank() ? null : parse(vocabulary, value, field);
    }

    /** A value this service stored itself (exact constant name), or null when none is stored. */
    public static <E extends Enum<E>> E stored(Class<E> vocabulary, String value) {
        return value == null ? null : Enum.valueOf(vocabulary, value);
    }

    /** The constant named {@code value}, or a 400 naming {@code field} and the allowed values. */
    public static <E extends Enum<E>> E parse(Class<E> vocabulary, String value, String field) {
        try {
            return Enum.valueOf(vocabulary, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw Problem.invalid(field, "must be one of " + Arrays.toString(vocabulary.getEnumConstants()) + ", was '"
                    + value + "'");
        }
    }
}
