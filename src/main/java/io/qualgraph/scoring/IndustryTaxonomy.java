package io.qualgraph.scoring;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Matches an entity's stated industry to one of the model's sectors: the sector's name or a synonym, compared
 * normalised (lower case, '&' as 'and', punctuation as spaces); an industry given as a NACE or NAICS code takes the
 * sector with the longest listed code prefix; otherwise the longest name or synonym found as whole words inside it.
 */
final class IndustryTaxonomy {

    /** The sector matched and the name, synonym or code that matched it. */
    record Match(String sector, String by) {
    }

    private static final Pattern CODE = Pattern.compile("[a-z]?\\d*(\\.\\d+)*");

    private IndustryTaxonomy() {
    }

    static Optional<Match> match(String industry, ScoringModel.Fit fit) {
        if (industry == null || industry.isBlank()) {
            return Optional.empty();
        }
        String text = normalise(industry);
        Map<String, List<String>> synonyms = fit.industrySynonyms() == null ? Map.of() : fit.industrySynonyms();
        boolean code = CODE.matcher(text.replace(" ", "")).matches() && text.chars().anyMatch(Character::isDigit)
                || text.length() == 1;
        Match best = null;
        for (String sector : fit.industries().keySet()) {
            for (String name : names(sector, synonyms)) {
                String n = normalise(name);
                if (n.equals(text)) {
                    return Optional.of(new Match(sector, name));
                }
                boolean hit = code ? text.replace(" ", "").startsWith(n.replace(" ", "")) && isCode(n)
                        : !isCode(n) && (" " + text + " ").contains(" " + n + " ");
                if (hit && (best == null || n.length() > normalise(best.by()).length())) {
                    best = new Match(sector, name);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static List<String> names(String sector, Map<String, List<String>> synonyms) {
        List<String> more = synonyms.getOrDefault(sector, List.of());
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(sector), more.stream()).toList();
    }

    private static boolean isCode(String normalised) {
        return CODE.matcher(normalised.replace(" ", "")).matches()
                && (normalised.chars().anyMatch(Character::isDigit) || normalised.length() == 1);
    }

    static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replace("&", " and ")
                .replaceAll("[^\\p{L}\\p{N}.]+", " ").replaceAll("(?<!\\d)\\.|\\.(?!\\d)", " ")
                .strip().replaceAll(" +", " ");
    }
}
