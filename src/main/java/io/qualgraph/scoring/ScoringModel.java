package io.qualgraph.scoring;

import java.util.List;
import java.util.Map;


/**
 * One version of the scoring model, as read from its YAML file: every weight, decay curve, threshold
 * and routing rule. Scores record {@link #version()} so that each number can be traced to its rules.
 */
public record ScoringModel(String version, String description, Fit fit, Engagement engagement,
        Activation activation, Committee committee, Intent intent, ContactRules contact,
        QualificationRules qualification, LeadModel lead, Buyers buyers) {

    /** The same model with {@code lead} as its lead part. */
    ScoringModel withLead(LeadModel lead) {
        return new ScoringModel(version, description, fit, engagement, activation, committee, intent, contact,
                qualification, lead, buyers);
    }

    /** The same model with {@code buyers} as its buyers part. */
    ScoringModel withBuyers(Buyers buyers) {
        return new ScoringModel(version, description, fit, engagement, activation, committee, intent, contact,
                qualification, lead, buyers);
    }

    /**
     * Firmographic fit; never decays. Industry keys are lower case sectors; {@code industrySynonyms} lists, per
     * sector, the other names and the NACE/NAICS codes an entity's industry may be given as (null: none).
     */
    public record Fit(Map<String, Integer> industries, Map<String, List<String>> industrySynonyms,
            List<Band> employeeBands, Map<String, Integer> regions, int regulatedPoints, Map<Grade, Integer> grades) {
    }

    /**
     * Who counts as a plausible buyer (a committee seat, a seniority or a department listed here, and not a
     * competitor, student or intern), what share of a non-buyer's engagement counts for the account, and which
     * actions by a buyer are hot within how many days.
     */
    public record Buyers(List<CommitteeRole> committeeRoles, List<Seniority> seniorities, List<String> departments,
            AccountShare accountShare, HotActions hotActions) {
    }

    /** Share (0..1) of a competitor's, a student's and an intern's engagement that counts for the account. */
    public record AccountShare(double competitor, double student, double intern) {
    }

    public record HotActions(List<EngagementType> types, int withinDays) {
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

    /** {@code upgrades}: events that lift the tier the thresholds give (null: none). */
    public record QualificationRules(Map<Tier, TierRule> tiers, Map<Tier, Routing> routing, boolean gradeDIsT4,
            int blockedRecheckDays, int heldRecheckDays, List<Upgrade> upgrades) {
    }

    /**
     * When {@code event} happened at an account of one of {@code grades}, its tier is at least {@code tier}; a
     * PREDICTED_WIN rule applies from {@code minProbability} on (required for it, not allowed for the others).
     */
    public record Upgrade(UpgradeEvent event, List<Grade> grades, Tier tier, Double minProbability) {

        public Upgrade(UpgradeEvent event, List<Grade> grades, Tier tier) {
            this(event, grades, tier, null);
        }

        /** Whether {@code seen} is this rule's event, at the probability it demands. */
        public boolean matches(AccountScore.Upgrade seen) {
            return seen.event() == event && (minProbability == null
                    || seen.probability() != null && seen.probability() >= minProbability);
        }
    }

    /** The upgrade events the account scorer detects. */
    public enum UpgradeEvent {
        /** Enough distinct plausible buyers engaged inside the activation window. */
        COMMITTEE_ACTIVATION,
        /** A plausible buyer requested a demo, signed up for a trial or held a meeting recently. */
        HOT_ACTION,
        /** The active OPPORTUNITY_WON predictive model puts the account's win probability at the rule's minimum or above. */
        PREDICTED_WIN
    }

    /** Whether some upgrade rule reads the predicted win probability (only then is it computed). */
    public boolean readsWinProbability() {
        return qualification.upgrades() != null
                && qualification.upgrades().stream().anyMatch(u -> u.event() == UpgradeEvent.PREDICTED_WIN);
    }

    /** Thresholds a tier demands; null fields do not apply. */
    public record TierRule(List<Grade> grades, Double minEngagement, Integer minEngagedContacts, Double minScore) {
    }

    public record Routing(Outcome outcome, Route route) {
    }
}
