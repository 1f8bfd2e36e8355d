package io.qualgraph.scoring;

import java.util.List;
import java.util.Map;

import io.qualgraph.contact.CommitteeRole;
import io.qualgraph.contact.Seniority;
import io.qualgraph.engagement.EngagementType;

/**
 * One version of the scoring model, as read from its YAML file: every weight, decay curve, threshold
 * and routing rule. Scores record {@link #version()} so that each number can be traced to its rules.
 */
public record ScoringModel(String version, String description, Fit fit, Engagement engagement,
        Activation activation, Committee committee, Intent intent, ContactRules contact,
        QualificationRules qualification, LeadModel lead) {

    /** The same model with {@code lead} as its lead part. */
    ScoringModel withLead(LeadModel lead) {
        return new ScoringModel(version, description, fit, engagement, activation, committee, intent, contact,
                qualification, lead);
    }

    /** Firmographic fit; never decays. Industry keys are lower case. */
    public record Fit(Map<String, Integer> industries, List<Band> employeeBands, Map<String, Integer> regions,
            int regulatedPoints, Map<Grade, Integer> grades) {
    }

    /** Headcount band: applies when employees ≤ max (null max = no upper bound). */
    public record Band(Long max, int points) {
    }

    /** {@code accountScale}: points at which account engagement reaches 63% of the cap; null means a hard cap. */
    public record Engagement(Map<EngagementType, Integer> points, Map<EngagementType, Decay> decay,
            List<Diminishing> perContact, int accountCap, Double accountScale, int contactCap) {
    }

    /** A step curve ({@code steps}) or an exponential one ({@code halfLifeDays}, cut off after {@code ignoreAfterDays}). */
    public record Decay(List<Step> steps, Double halfLifeDays, Integer ignoreAfterDays) {
    }

    /** Events up to and including {@code toDays} days old count with {@code factor}. */
    public record Step(int toDays, double factor) {
    }

    /** Raw per-contact points up to {@code upTo} (null = no bound) count with {@code factor}. */
    public record Diminishing(Integer upTo, double factor) {
    }

    public record Activation(int windowDays, int lookbackDays, int minContacts, int contactsPoints, int minRoles,
            int rolesPoints) {
    }

    public record Committee(Map<CommitteeRole, Integer> required) {
    }

    public record Intent(double weight, double halfLifeDays, int ignoreAfterDays, int cap) {
    }

    public record ContactRules(Map<Seniority, Integer> seniority, SizeReading smallCompany, SizeReading largeCompany,
            Map<String, Integer> departments, Map<CommitteeRole, Integer> committeeRoles, Negatives negatives) {
    }

    /** How titles are read at a company size: below maxEmployees or from minEmployees, {@code readAs} maps a seniority. */
    public record SizeReading(Integer maxEmployees, Integer minEmployees, Map<Seniority, Seniority> readAs) {
    }

    public record Negatives(int personalDomainPoints, int studentPoints, int competitorPoints,
            List<String> personalDomains, List<String> studentDomainSuffixes, List<String> studentDomainPrefixes,
            List<String> competitorDomains) {
    }

    public record QualificationRules(Map<Tier, TierRule> tiers, Map<Tier, Routing> routing, boolean gradeDIsT4,
            int blockedRecheckDays, int heldRecheckDays) {
    }

    /** Thresholds a tier demands; null fields do not apply. */
    public record TierRule(List<Grade> grades, Double minEngagement, Integer minEngagedContacts, Double minScore) {
    }

    public record Routing(Outcome outcome, Route route) {
    }
}
