package io.qualgraph.lead;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import io.qualgraph.contact.Seniority;

/** A seniority read from a job title by the model's keywords, in the model's order (whole words only). Pure. */
final class TitleReading {

    private TitleReading() {
    }

    static Optional<Seniority> read(String title, Map<Seniority, List<String>> keywords) {
        if (title == null || title.isBlank()) {
            return Optional.empty();
        }
        String text = " " + title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}-]+", " ") + " ";
        for (Map.Entry<Seniority, List<String>> entry : keywords.entrySet()) {
            for (String word : entry.getValue()) {
                String w = word.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}-]+", " ").strip();
                if (Pattern.compile(" " + Pattern.quote(w) + " ").matcher(text).find()) {
                    return Optional.of(entry.getKey());
                }
            }
        }
        return Optional.empty();
    }
}
