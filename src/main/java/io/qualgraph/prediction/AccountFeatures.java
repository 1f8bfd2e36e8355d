package io.qualgraph.prediction;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.qualgraph.accounts.AccountAnswer;
import io.qualgraph.scoring.CommitteeRole;
import io.qualgraph.scoring.Reason;

/**
 * The features of an account as its point-in-time qualification states them, the same at training and at prediction:
 * fit and engagement points, engaged contacts, committee roles covered and missing, the points of every reason code
 * (0 where the code has no row), the grade and the risk level. The rules model's own score and tier are not
 * features: they are the baseline the model is measured against.
 */
final class AccountFeatures {

    static final String REASON = "reason:";
    static final String COVERED = "committee covered:";
    static final List<String> NUMBERS = List.of("fitPoints", "engagementPoints", "engagedContacts", "committeeCovered",
            "committeeMissing");
    static final List<String> CATEGORIES = List.of("grade", "riskLevel");

    static final FeatureSet SET = new FeatureSet(NUMBERS, List.of(COVERED, REASON), CATEGORIES);

    private AccountFeatures() {
    }

    static FeatureSet.Row of(AccountAnswer answer) {
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
        return new FeatureSet.Row(numbers, categories);
    }
}
