package io.qualgraph.lead;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.qualgraph.scoring.CommitteeRole;
import io.qualgraph.scoring.LeadModel;
import io.qualgraph.scoring.Seniority;

/** What is unknown about a lead that would most change its decision, the most points first. Pure. */
final class MissingFacts {

    /** What to ask a lead for each BANT answer it did not give. */
    private static final Map<String, String> QUESTIONS = Map.of("BUDGET", "ask whether a budget is approved",
            "TIMELINE", "ask when they mean to buy", "AUTHORITY", "ask who decides", "NEED",
            "ask what problem they need solved");

    /** Roles senior enough that the lead may be the economic buyer the account lacks. */
    private static final Set<Seniority> MAY_HOLD_BUDGET = EnumSet.of(Seniority.C_LEVEL, Seniority.VP);

    private MissingFacts() {
    }

    /** When the lead itself reads as senior enough to hold the budget, what a rep should ask it; else nothing. */
    private static String mayHoldTheBudget(LeadSignals lead, LeadModel rules) {
        return lead.persona(rules).filter(MAY_HOLD_BUDGET::contains)
                .map(role -> "; this lead reads as " + role + (lead.title() == null ? "" : " (" + lead.title() + ")")
                        + ": ask whether they hold the budget")
                .orElse("");
    }

    static List<LeadDecision.Missing> of(LeadSignals lead, LeadScore score, LeadModel rules) {
        List<LeadDecision.Missing> missing = new ArrayList<>();
        if (lead.account() == null) {
            missing.add(new LeadDecision.Missing("COMPANY_UNMATCHED", "The company is unmatched: no account fit, tier "
                    + "or risk check counts until the lead names a known company, domain or LEI",
                    max(rules.grades()) + max(rules.tiers())));
        } else if (lead.account().missingRoles() != null
                && lead.account().missingRoles().contains(CommitteeRole.ECONOMIC_BUYER)) {
            missing.add(new LeadDecision.Missing("NO_ECONOMIC_BUYER", "No economic buyer is known at account "
                    + lead.account().label() + mayHoldTheBudget(lead, rules), 0));
        }
        if (lead.phone() == null) {
            missing.add(new LeadDecision.Missing("NO_PHONE", "No phone number", rules.completeness().phone()));
        }
        if (!LeadParts.realName(lead.name())) {
            missing.add(new LeadDecision.Missing("NO_REAL_NAME", "No real name", rules.completeness().realName()));
        }
        if (score.domainKind() != null && !score.competitor()) {
            missing.add(new LeadDecision.Missing("NO_COMPANY_EMAIL", "The e-mail is on a " + score.domainKind()
                    .toLowerCase(java.util.Locale.ROOT) + " domain", rules.completeness().companyEmail()));
        }
        LeadSignals.Answers a = lead.answers() == null ? new LeadSignals.Answers(null, null, null, null) : lead.answers();
        answer(missing, "BUDGET", a.budget(), rules.answers().get("budget"));
        answer(missing, "TIMELINE", a.timeline(), rules.answers().get("timeline"));
        answer(missing, "AUTHORITY", a.authority(), rules.answers().get("authority"));
        answer(missing, "NEED", a.need(), rules.answers().get("need"));
        missing.sort(Comparator.comparingDouble(LeadDecision.Missing::points).reversed()
                .thenComparing(LeadDecision.Missing::code));
        return missing;
    }

    private static void answer(List<LeadDecision.Missing> missing, String field, String value, Map<String, Integer> points) {
        if (value == null || value.equals("UNKNOWN")) {
            missing.add(new LeadDecision.Missing(field + "_UNKNOWN", "Not given on the form: " + QUESTIONS.get(field),
                    max(points)));
        }
    }

    private static int max(Map<String, Integer> points) {
        return points == null || points.isEmpty() ? 0 : Math.max(0, Collections.max(points.values()));
    }
}
