package io.qualgraph.support;

import java.util.Arrays;
import java.util.Locale;

/** Reads a value of a closed vocabulary (an enum) from input, case-insensitively. */
public final class Vocabulary {

    private Vocabulary() {
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
