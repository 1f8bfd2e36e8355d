package io.qualgraph.prediction;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.qualgraph.lead.LeadQualification;
import io.qualgraph.lead.LeadView;
import io.qualgraph.scoring.Reason;

/**
 * The features of a lead as its point-in-time qualification states them, the same at training and at prediction: the
 * points of every reason code of the lead score (contact, account grade and tier, source, answers, completeness,
 * usage, recency), a flag per missing fact, the match confidence and the account's score, and as categories the
 * source, the match method, the account's grade and the risk level. The lead's own score and its account's tier are
 * not features: they are the baseline. The stored status is never read (it is what happened afterwards).
 */
final class LeadFeatures {

    static final String REASON = "reason:";
    static final String MISSING = "missing:";
    static final List<String> NUMBERS = List.of("matchConfidence", "accountScore");
    static final List<String> CATEGORIES = List.of("source", "matchMethod", "accountGrade", "riskLevel");

    static final FeatureSet SET = new FeatureSet(NUMBERS, List.of(MISSING, REASON), CATEGORIES);

    private LeadFeatures() {
    }

    static FeatureSet.Row of(LeadView lead) {
        LeadQualification q = lead.qualification();
        Map<String, Double> numbers = new LinkedHashMap<>();
        numbers.put("matchConfidence", q.match() == null ? 0.0 : q.match().confidence());
        numbers.put("accountScore", q.account() == null ? 0.0 : q.account().score());
        for (LeadQualification.Missing missing : q.missing()) {
            numbers.put(MISSING + missing.code(), 1.0);
        }
        for (Reason reason : q.reasons()) {
            numbers.merge(REASON + reason.code(), reason.points(), Double::sum);
        }
        Map<String, String> categories = new LinkedHashMap<>();
        categories.put("source", lead.source() == null ? null : lead.source().name());
        categories.put("matchMethod", q.match() == null || q.match().method() == null ? "UNMATCHED" : q.match().method().name());
        categories.put("accountGrade", q.account() == null || q.account().grade() == null ? null : q.account().grade().name());
        categories.put("riskLevel", q.riskLevel() == null ? null : q.riskLevel().name());
        return new FeatureSet.Row(numbers, categories);
    }
}
