package io.qualgraph.scoring;

import java.util.List;
import java.util.Map;


/**
 * The {@code lead:} part of a scoring model: how leads are resolved to the graph, scored and decided. A model file
 * without one takes the shipped default's.
 *
 * @param resolution matching thresholds and confidences, and the duplicate window
 * @param contactWeight share of the contact's score (0..1) that counts in the lead score
 * @param grades points for the account's fit grade; {@code tiers} for its tier
 * @param sources points for where the lead came from; {@code inboundSources} are those whose arrival is a positive event
 * @param answers points per BANT answer: keys budget, timeline, authority, need, each value to points
 * @param titles seniority read from a title when none is given: first seniority whose keyword occurs in the title
 * @param recency points by days since the last positive event (the lead's own arrival counts when inbound)
 * @param idleDays a lead whose last positive event is older than this is not QUALIFIED
 * @param thresholds the score a lead needs for each outcome and route
 * @param contactBy how soon sales should call, in working hours, per route
 */
public record LeadModel(Resolution resolution, double contactWeight, Map<String, Integer> grades,
        Map<String, Integer> tiers, Map<String, Integer> sources, List<String> inboundSources,
        Map<String, Map<String, Integer>> answers, Completeness completeness, Usage usage,
        Map<Seniority, List<String>> titles, List<RecencyStep> recency, int idleDays, Thresholds thresholds,
        ContactBy contactBy) {

    /** Company names match from {@code nameMinSimilarity}; confidences per method; duplicates within the window. */
    public record Resolution(double nameMinSimilarity, double nameConfidence, double noCountryFactor,
            double emailDomainConfidence, double websiteConfidence, double leiConfidence, int duplicateWindowDays,
            int nameCandidates) {
    }

    public record Completeness(int realName, int companyEmail, int phone) {
    }

    /** Product usage: a trial sign-up, and points per login up to a cap, within {@code windowDays}. */
    public record Usage(int trialPoints, int loginPoints, int loginCap, int windowDays) {
    }

    /** Events up to and including {@code toDays} days old give {@code points}. */
    public record RecencyStep(int toDays, int points) {
    }

    /** Minimum scores: QUALIFIED from {@code qualified} (same-day outreach from {@code sameDay}), NURTURE from {@code nurture}. */
    public record Thresholds(double qualified, double sameDay, double nurture) {
    }

    /** Working hours {@code [dayStart, dayEnd)} Monday to Friday in {@code zone}; hours to contact per route. */
    public record ContactBy(String zone, int dayStart, int dayEnd, Map<String, Integer> workingHours) {
    }
}
