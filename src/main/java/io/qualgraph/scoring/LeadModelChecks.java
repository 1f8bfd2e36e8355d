package io.qualgraph.scoring;

import static io.qualgraph.scoring.ScoringModelFile.require;

import java.util.List;

/** The rules the {@code lead:} part of a scoring model must satisfy. */
final class LeadModelChecks {

    private static final List<String> ANSWERS = List.of("budget", "timeline", "authority", "need");

    private LeadModelChecks() {
    }

    static void check(LeadModel lead, List<String> problems) {
        boolean complete = lead.resolution() != null && lead.grades() != null && lead.tiers() != null
                && lead.sources() != null && lead.inboundSources() != null && lead.answers() != null
                && lead.completeness() != null && lead.usage() != null && lead.titles() != null
                && lead.recency() != null && lead.thresholds() != null && lead.contactBy() != null;
        require(problems, complete, "lead: needs resolution, grades, tiers, sources, inboundSources, answers, "
                + "completeness, usage, titles, recency, thresholds and contactBy");
        if (!complete) {
            return;
        }
        LeadModel.Resolution r = lead.resolution();
        require(problems, r.nameMinSimilarity() > 0 && r.nameMinSimilarity() <= 1 && r.nameConfidence() > 0
                && r.nameConfidence() < 1 && r.noCountryFactor() > 0 && r.noCountryFactor() <= 1,
                "lead.resolution: nameMinSimilarity in (0, 1], nameConfidence in (0, 1), noCountryFactor in (0, 1]");
        require(problems, r.duplicateWindowDays() >= 0 && r.nameCandidates() > 0 && r.nameCandidates() <= 1000,
                "lead.resolution: duplicateWindowDays ≥ 0 and nameCandidates in 1..1000");
        require(problems, lead.contactWeight() >= 0 && lead.contactWeight() <= 1, "lead.contactWeight: must be in 0..1");
        require(problems, lead.answers().keySet().containsAll(ANSWERS), "lead.answers: needs " + ANSWERS);
        require(problems, lead.idleDays() > 0, "lead.idleDays: must be > 0");
        LeadModel.Thresholds t = lead.thresholds();
        require(problems, t.nurture() <= t.qualified() && t.qualified() <= t.sameDay(),
                "lead.thresholds: nurture ≤ qualified ≤ sameDay");
        LeadModel.ContactBy c = lead.contactBy();
        require(problems, c.dayStart() >= 0 && c.dayStart() < c.dayEnd() && c.dayEnd() <= 24 && validZone(c.zone()),
                "lead.contactBy: 0 ≤ dayStart < dayEnd ≤ 24 and a valid zone id");
        int last = -1;
        for (LeadModel.RecencyStep step : lead.recency()) {
            require(problems, step.toDays() > last, "lead.recency: steps need increasing toDays");
            last = step.toDays();
        }
    }

    private static boolean validZone(String zone) {
        try {
            java.time.ZoneId.of(zone);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
