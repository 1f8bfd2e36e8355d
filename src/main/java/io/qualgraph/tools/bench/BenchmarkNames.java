package io.qualgraph.tools.bench;

import java.util.Locale;

/**
 * Names and web domains of the benchmark families, as varied as a real register's so that name resolution is timed on
 * realistic Lucene work: a stem unique to the family ("Falkenridge", "Nordic Ashbrook"), one descriptor per member
 * ("Logistics", "Software"; shared by a tenth of all entities, like real company words) and the country's legal form.
 */
final class BenchmarkNames {

    private static final String[] PREFIXES = {"Alden", "Ash", "Berg", "Birch", "Blau", "Bright", "Castel", "Clear",
        "Crest", "Delta", "Eagle", "Elm", "Falken", "Fern", "Gold", "Granit", "Green", "Hafen", "Hart", "Hawk", "Heide",
        "Iron", "Kessel", "Kron", "Lake", "Linden", "Lion", "Mill", "Nord", "Oak", "Pine", "Quell", "Raven", "Rhein",
        "Rock", "Rosen", "Salt", "Silver", "Stone", "Storm"};
    private static final String[] SUFFIXES = {"bridge", "brook", "burg", "dale", "feld", "ford", "gate", "hall",
        "haven", "hill", "holm", "hurst", "land", "ley", "mark", "mont", "moor", "port", "ridge", "stadt", "stein",
        "ton", "view", "wald", "well", "wick", "wood", "worth", "field", "point"};
    private static final String[] QUALIFIERS = {"Nordic", "Alpine", "Baltic", "Atlantic", "Continental", "Pacific",
        "Central", "United", "Global", "Euro"};
    private static final String[] DESCRIPTORS = {"Group", "Systems", "Logistics", "Software", "Services", "Industries",
        "Retail", "Capital", "Health", "Media"};

    private BenchmarkNames() {
    }

    /** The family's stem: unique for the first 13,200 families, a number after that. */
    static String stem(int family) {
        int plain = PREFIXES.length * SUFFIXES.length;
        String stem = PREFIXES[family % PREFIXES.length] + SUFFIXES[(family / PREFIXES.length) % SUFFIXES.length];
        int round = family / plain;
        if (round == 0) {
            return stem;
        }
        String qualified = QUALIFIERS[(round - 1) % QUALIFIERS.length] + " " + stem;
        int number = (round - 1) / QUALIFIERS.length;
        return number == 0 ? qualified : qualified + " " + number;
    }

    /** The member's registered name, e.g. "Falkenridge Logistics GmbH". */
    static String name(int family, int member, String country) {
        return stem(family) + " " + DESCRIPTORS[member % DESCRIPTORS.length] + " " + legalForm(country);
    }

    /** The member's name as a person types it into a form: no legal form, sometimes in lower case. */
    static String typed(int family, int member, boolean lowerCase) {
        String name = stem(family) + " " + DESCRIPTORS[member % DESCRIPTORS.length];
        return lowerCase ? name.toLowerCase(Locale.ROOT) : name;
    }

    /** The family's web domain (the parent's), e.g. {@code nordic-falkenridge.example}. */
    static String domain(int family) {
        return stem(family).toLowerCase(Locale.ROOT).replace(' ', '-') + ".example";
    }

    private static String legalForm(String country) {
        return switch (country) {
            case "DE" -> "GmbH";
            case "GB" -> "Ltd";
            case "FR" -> "SAS";
            case "NL" -> "B.V.";
            case "US" -> "Inc.";
            case "BR" -> "Ltda";
            default -> "SA";
        };
    }
}
