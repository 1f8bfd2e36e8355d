package io.qualgraph.tools.seed;

import java.util.List;

/** Invented but plausible company name stems ("Falkenridge", "Silverbrook"), unique per world. */
final class Stems {

    private static final List<String> PREFIXES = List.of("Alden", "Berg", "Blau", "Bright", "Castel", "Clear",
            "Corn", "Crest", "Delta", "Eagle", "Elm", "Falken", "Fern", "Gold", "Granit", "Green", "Grey", "Hafen",
            "Hart", "Hawk", "Heide", "Iron", "Kessel", "Kron", "Lake", "Linden", "Lion", "Mar", "Mill", "Nord",
            "Oak", "Ost", "Pine", "Quell", "Raven", "Red", "Rhein", "Rock", "Rosen", "Salt", "Silver", "Sky",
            "Stone", "Storm", "Sun", "Tal", "Thorn", "Vale", "West", "Wind", "Wolf");
    private static final List<String> SUFFIXES = List.of("bridge", "brook", "burg", "dale", "feld", "ford", "gate",
            "hall", "haven", "hill", "holm", "hurst", "land", "ley", "mark", "mont", "moor", "port", "ridge",
            "stadt", "stein", "ton", "view", "wald", "well", "wick", "wood", "worth", "field", "point");
    static final List<String> QUALIFIERS = List.of("Atlantic", "Alpine", "Baltic", "Continental",
            "Euro", "Global", "Nordic", "Pacific", "Central", "United");

    /** Draws after which a name may carry a number: never reached at the demo scale. */
    static final int EXHAUSTED = 400;

    private Stems() {
    }

    static String next(Rand rand, World world) {
        for (int attempt = 0; ; attempt++) {
            String stem = rand.pick(PREFIXES) + rand.pick(SUFFIXES);
            if (attempt > 20) {
                stem = rand.pick(QUALIFIERS) + " " + stem;
            }
            if (attempt > EXHAUSTED) {
                stem = stem + " " + (attempt - EXHAUSTED); // only when a huge scale has used up every combination
            }
            if (world.claimName(stem)) {
                return stem;
            }
        }
    }

    /** A first or last name as it appears before the @ of an e-mail address: ASCII, no hyphens. */
    static String mailbox(String name) {
        return ascii(name).replace("-", "");
    }

    /** The ASCII form of a name for use in domains and e-mail addresses. */
    static String ascii(String text) {
        String plain = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace("ß", "ss").replace("ø", "o").replace("ł", "l").replace("Ł", "L");
        return plain.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
