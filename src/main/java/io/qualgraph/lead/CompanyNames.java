package io.qualgraph.lead;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Company names as resolution compares them: case, accents and punctuation folded, legal-form suffixes (GmbH, AG,
 * Ltd, PLC, S.A., B.V., Inc., SE, …) removed; similarity is Jaro-Winkler on the normalised names, also with their
 * words sorted (so word order does not matter). Pure.
 */
public final class CompanyNames {

    private static final Set<String> LEGAL_FORMS = Set.of("gmbh", "mbh", "ag", "kg", "kgaa", "ohg", "ug", "se", "ltd",
            "limited", "plc", "llc", "llp", "lp", "inc", "incorporated", "corp", "corporation", "co", "company", "sa",
            "sas", "sarl", "sl", "slu", "spa", "srl", "bv", "nv", "ab", "as", "asa", "aps", "oy", "oyj", "pty", "pte",
            "ltda", "sro", "kft", "zoo", "sp", "bhd", "sdn", "pvt", "ev");
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    /** Accents left over once a name is decomposed; dots and apostrophes, dropped without a space; the rest. */
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern DROPPED = Pattern.compile("[.'’]");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private CompanyNames() {
    }

    /** The name's words, folded, without trailing legal forms (at least one word is kept); "" for no words. */
    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(name.toLowerCase(Locale.ROOT).replace("ß", "ss"), Normalizer.Form.NFD);
        String unaccented = MARKS.matcher(decomposed).replaceAll("");
        String folded = NOT_LETTER_OR_DIGIT.matcher(DROPPED.matcher(unaccented).replaceAll("")).replaceAll(" ").strip();
        List<String> words = new ArrayList<>(Arrays.asList(folded.split(" ")));
        words.removeIf(String::isEmpty);
        while (words.size() > 1 && LEGAL_FORMS.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        if (words.size() > 1 && words.get(0).equals("the")) {
            words.remove(0);
        }
        return String.join(" ", words);
    }

    /** Similarity in 0..1 of two normalised names. */
    static double similarity(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        return Math.max(JARO_WINKLER.apply(a, b), JARO_WINKLER.apply(sorted(a), sorted(b)));
    }

    /**
     * The broad Lucene query for the full-text index: the whole name as a phrase (boosted) or any of its words; null
     * when the name has no words. Normalised words are letters and digits only, so nothing needs escaping.
     */
    public static String fullTextQuery(String normalised) {
        List<String> words = queryWords(normalised);
        return words.isEmpty() ? null : "\"" + normalised + "\"^3 OR " + String.join(" OR ", words);
    }

    /**
     * The precise Lucene query, asked first: every word of the name. A name as registered holds every word a person
     * types of it, and requiring them all lets Lucene skip the thousands of entities that share only a common word
     * ("Logistics", "Group"); the broad query is asked only when this finds nothing. Null when the name has no words.
     */
    public static String fullTextQueryAllWords(String normalised) {
        List<String> words = queryWords(normalised);
        return words.isEmpty() ? null : "+" + String.join(" +", words);
    }

    /** The words a query asks for: one-letter words only when the name is that one letter. */
    private static List<String> queryWords(String normalised) {
        if (normalised.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(normalised.split(" ")).filter(w -> w.length() > 1 || normalised.length() == 1).toList();
    }

    private static String sorted(String name) {
        return Arrays.stream(name.split(" ")).sorted().collect(Collectors.joining(" "));
    }
}
