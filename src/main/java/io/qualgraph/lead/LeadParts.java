package io.qualgraph.lead;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.qualgraph.scoring.EngagementType;
import io.qualgraph.scoring.LeadModel;
import io.qualgraph.scoring.Ledger;
import io.qualgraph.scoring.Reason;
import io.qualgraph.scoring.Signals;

/** The lead score's parts beyond the contact and account: source, answers, completeness, usage, recency. Pure. */
final class LeadParts {

    private static final Set<String> NOT_A_NAME = Set.of("test", "asdf", "n/a", "na", "none", "unknown", "xxx", "-");

    private LeadParts() {
    }

    static void source(Ledger ledger, LeadSignals lead, LeadModel rules, Reason.Source self) {
        if (lead.source() != null) {
            int points = rules.sources().getOrDefault(lead.source().name(), 0);
            ledger.points("SOURCE_" + lead.source(), points, "The lead came from " + lead.source(), self);
        }
    }

    static void answers(Ledger ledger, LeadSignals.Answers a, LeadModel rules, Reason.Source self) {
        if (a == null) {
            return;
        }
        answer(ledger, "budget", a.budget(), rules, self);
        answer(ledger, "timeline", a.timeline(), rules, self);
        answer(ledger, "authority", a.authority(), rules, self);
        answer(ledger, "need", a.need(), rules, self);
    }

    private static void answer(Ledger ledger, String field, String value, LeadModel rules, Reason.Source self) {
        Map<String, Integer> points = rules.answers().get(field);
        if (value != null && points != null && points.containsKey(value)) {
            ledger.points("ANSWER_" + field.toUpperCase(Locale.ROOT) + "_" + value, points.get(value),
                    "The lead answered " + field + ": " + value, self);
        }
    }

    static void completeness(Ledger ledger, LeadSignals lead, boolean companyEmail, LeadModel rules,
            Reason.Source self) {
        LeadModel.Completeness c = rules.completeness();
        if (realName(lead.name())) {
            ledger.points("DATA_REAL_NAME", c.realName(), "The lead gives a real name: " + lead.name(), self);
        }
        if (lead.email() != null && companyEmail) {
            ledger.points("DATA_COMPANY_EMAIL", c.companyEmail(), "The lead's e-mail " + lead.email()
                    + " is on a company domain", self);
        }
        if (lead.phone() != null) {
            ledger.points("DATA_PHONE", c.phone(), "The lead gives a phone number", self);
        }
    }

    static boolean realName(String name) {
        return name != null && !name.contains("@") && name.codePoints().filter(Character::isLetter).count() >= 2
                && !NOT_A_NAME.contains(name.strip().toLowerCase(Locale.ROOT));
    }

    static void usage(Ledger ledger, Signals.Contact contact, LeadModel rules, Instant asOf) {
        LeadModel.Usage u = rules.usage();
        Instant since = asOf.minus(Duration.ofDays(u.windowDays()));
        Signals.Event trial = null;
        int logins = 0;
        for (Signals.Event e : contact.events()) {
            if (e.at().isAfter(asOf) || e.at().isBefore(since)) {
                continue;
            }
            if (e.type() == EngagementType.TRIAL_SIGNUP && (trial == null || e.at().isAfter(trial.at()))) {
                trial = e;
            } else if (e.type() == EngagementType.PRODUCT_LOGIN) {
                logins++;
            }
        }
        if (trial != null) {
            ledger.points("USAGE_TRIAL", u.trialPoints(), "Signed up for a trial at " + trial.at(),
                    new Reason.Source(contact.id(), trial.id(), trial.at(), null, contact.entityId(), null));
        }
        if (logins > 0) {
            int points = Math.min(u.loginCap(), logins * u.loginPoints());
            ledger.points("USAGE_LOGINS", points, logins + " product logins in the last " + u.windowDays()
                    + " days (" + u.loginPoints() + " each, at most " + u.loginCap() + ")",
                    new Reason.Source(contact.id(), null, null, null, contact.entityId(), null));
        }
    }

    static void recency(Ledger ledger, Instant last, LeadModel rules, Instant asOf, Reason.Source self) {
        if (last == null) {
            ledger.note("RECENCY_NONE", "No positive event at or before asOf", self);
            return;
        }
        long age = LeadScorer.ageDays(last, asOf);
        LocalDate day = LocalDate.ofInstant(last, ZoneOffset.UTC);
        for (LeadModel.RecencyStep step : rules.recency()) {
            if (age <= step.toDays()) {
                ledger.points("RECENCY", step.points(), "Last positive event " + age + " days ago (" + day
                        + "): up to " + step.toDays() + " days gives " + step.points(), self);
                return;
            }
        }
        ledger.note("RECENCY", "Last positive event " + age + " days ago (" + day + "): too old to add points", self);
    }
}
