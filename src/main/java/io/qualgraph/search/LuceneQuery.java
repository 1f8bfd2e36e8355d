package io.qualgraph.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns typed text into a full-text query: the words (letters and digits only, so no query syntax reaches the index),
 * lower-cased, each matched as a prefix or, from four letters, with one typo; all words must match.
 */
final class LuceneQuery {

    static final int MAX_WORDS = 8;
    private static final int FUZZY_FROM = 4;

    private LuceneQuery() {
    }

    /** The query, or empty when the text has no letter or digit. */
    static Optional<String> of(String text) {
        List<String> terms = new ArrayList<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty() && terms.size() < MAX_WORDS) {
                terms.add(word.length() >= FUZZY_FROM ? "(" + word + "* OR " + word + "~1)" : word + "*");
            }
        }
        return terms.isEmpty() ? Optional.empty() : Optional.of(String.join(" AND ", terms));
    }
}
