package io.qualgraph.prediction;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.qualgraph.accounts.AccountAnswer;
import io.qualgraph.scoring.CommitteeRole;
import io.qualgraph.scoring.Reason;

/**
 * The features of an account as its point-in-time qualification states them, the same at training and at prediction:
 * fit and engagement points, engaged contacts, committee roles covered and missing, the points of every reason code
 * (0 where the code has no row), the grade and the risk level. The rules model's own score and tier are not
 * features: they are the baseline the model is measured against.
 */
public final class AccountFeatures {

    static final String REASON = "reason:";
    static final String COVERED = "committee covered:";
    static final List<String> NUMBERS = List.of("fitPoints", "engagementPoints", "engagedContacts", "committeeCovered",
            "committeeMissing");
    static final List<String> CATEGORIES = List.of("grade", "riskLevel");

    /** How feature names are made, for a problem that names a bad one. */
    public static final String NAMING = "fitPoints, engagementPoints, engagedContacts, committeeCovered, "
            + "committeeMissing, grade, riskLevel, 'committee covered:ROLE' or 'reason:CODE'";

    /** Whether {@code name} is a feature these rows can have. */
    public static boolean isFeatureName(String name) {
        return NUMBERS.contains(name) || CATEGORIES.contains(name) || name.startsWith(REASON) && name.length() > REASON.length()
                || name.startsWith(COVERED) && name.length() > COVERED.length();
    }

    /** One account's features: numbers by name and categories by name. */
    public record Row(Map<String, Double> numbers, Map<String, String> categories) {
    }

    private AccountFeatures() {
    }

    public static Row of(AccountAnswer answer) {
        Map<String, Double> numbers = new LinkedHashMap<>();
        numbers.put("fitPoints", answer.fitPoints());
        numbers.put("engagementPoints", answer.engagementPoints());
        numbers.put("engagedContacts", (double) answer.engagedContacts());
        Map<CommitteeRole, List<String>> covered = answer.committee() == null ? Map.of() : answer.committee().covered();
        numbers.put("committeeCovered", (double) covered.size());
        numbers.put("committeeMissing", answer.committee() == null ? 0.0 : answer.committee().missing().size());
        for (CommitteeRole role : CommitteeRole.values()) {
            numbers.put(COVERED + role.name(), covered.containsKey(role) ? 1.0 : 0.0);
        }
        for (Reason reason : answer.reasons()) {
            numbers.merge(REASON + reason.code(), reason.points(), Double::sum);
        }
        Map<String, String> categories = new LinkedHashMap<>();
        categories.put("grade", answer.grade() == null ? null : answer.grade().name());
        categories.put("riskLevel", answer.riskLevel() == null ? null : answer.riskLevel().name());
        return new Row(numbers, categories);
    }

    /** Every feature name the rows have, numbers first, in a stable order. */
    public static List<String> names(Collection<Row> rows) {
        Set<String> numbers = new LinkedHashSet<>(NUMBERS);
        rows.forEach(r -> numbers.addAll(r.numbers().keySet()));
        List<String> names = new ArrayList<>(numbers.stream().sorted((a, b) -> rank(a) != rank(b)
                ? Integer.compare(rank(a), rank(b)) : a.compareTo(b)).toList());
        names.addAll(CATEGORIES);
        return names;
    }

    private static int rank(String name) {
        return NUMBERS.contains(name) ? NUMBERS.indexOf(name) - NUMBERS.size() : name.startsWith(COVERED) ? 1 : 2;
    }

    /** The rows as columns named {@code names}; a number a row lacks is 0 (no reason row means no points). */
    public static List<Column> columns(List<Row> rows, List<String> names) {
        List<Column> columns = new ArrayList<>();
        for (String name : names) {
            if (CATEGORIES.contains(name)) {
                columns.add(Column.categorical(name, rows.stream().map(r -> r.categories().get(name)).toArray(String[]::new)));
            } else {
                columns.add(Column.numeric(name, rows.stream().mapToDouble(r -> r.numbers().getOrDefault(name, 0.0))
                        .toArray()));
            }
        }
        return columns;
    }
}
