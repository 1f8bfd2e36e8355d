package io.qualgraph.lead;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.qualgraph.scoring.ContactScore;
import io.qualgraph.scoring.ContactScorer;
import io.qualgraph.scoring.EmailDomains;
import io.qualgraph.scoring.EngagementType;
import io.qualgraph.scoring.LeadModel;
import io.qualgraph.scoring.LeadStatus;
import io.qualgraph.scoring.Ledger;
import io.qualgraph.scoring.Reason;
import io.qualgraph.scoring.ScoringModel;
import io.qualgraph.scoring.Seniority;
import io.qualgraph.scoring.Signals;

/**
 * Scores a lead from the model's {@code lead:} part: the contact's own score (the same pure contact scorer as
 * accounts), the account's grade and tier, the source, the form's answers (BANT), data completeness, product usage
 * and recency. Pure.
 */
final class LeadScorer {

    private LeadScorer() {
    }

    static LeadScore score(LeadSignals lead, ScoringModel model, Instant asOf) {
        LeadModel rules = model.lead();
        Ledger ledger = new Ledger();
        Reason.Source self = new Reason.Source(lead.contact() == null ? null : lead.contact().id(), null, null, null,
                lead.account() == null ? null : lead.account().accountId(), null);
        Signals.Contact contact = withSeniority(lead, rules);
        ContactScore contactScore = ContactScorer.score(contact, model, asOf);
        ledger.add("CONTACT_SCORE", Math.round(contactScore.score() * 10 * rules.contactWeight()),
                contact.name() + " scores " + contactScore.score() + " as a contact (" + codes(contactScore) + "), × "
                        + rules.contactWeight(), self);
        account(ledger, lead, rules);
        LeadParts.source(ledger, lead, rules, self);
        LeadParts.answers(ledger, lead.answers(), rules, self);
        Optional<EmailDomains> domain = EmailDomains.classify(lead.email(), model.contact().negatives());
        LeadParts.completeness(ledger, lead, domain.isEmpty(), rules, self);
        LeadParts.usage(ledger, contact, rules, asOf);
        Instant last = lastPositive(lead, contact, model, asOf);
        LeadParts.recency(ledger, last, rules, asOf, self);
        long tenths = ledger.closeWithin0To100();
        boolean student = domain.filter(d -> d == EmailDomains.STUDENT).isPresent() || contact.seniority() == Seniority.STUDENT;
        boolean unsubscribed = lead.status() == LeadStatus.UNSUBSCRIBED || contact.events().stream()
                .anyMatch(e -> e.type() == EngagementType.UNSUBSCRIBE && !e.at().isAfter(asOf));
        return new LeadScore(tenths / 10.0, ledger.rows(), domain.filter(d -> d == EmailDomains.COMPETITOR).isPresent(),
                student, unsubscribed, last, domain.map(Enum::name).orElse(null));
    }

    private static Signals.Contact withSeniority(LeadSignals lead, LeadModel rules) {
        Signals.Contact c = lead.contact();
        if (c.seniority() != null) {
            return c;
        }
        Seniority read = lead.persona(rules).orElse(null);
        return new Signals.Contact(c.id(), c.name(), c.email(), read, c.department(), c.entityId(), c.companyEmployees(),
                c.controlPath(), c.events(), c.roles());
    }

    private static void account(Ledger ledger, LeadSignals lead, LeadModel rules) {
        LeadSignals.AccountView a = lead.account();
        if (a == null) {
            ledger.note("ACCOUNT_UNMATCHED", "The lead matched no legal entity: no fit grade or tier counts",
                    Reason.Source.none());
            return;
        }
        Reason.Source account = Reason.Source.entity(a.accountId());
        ledger.points("ACCOUNT_GRADE_" + a.grade(), rules.grades().getOrDefault(a.grade().name(), 0),
                "Account " + a.label() + " has fit grade " + a.grade(), account);
        ledger.points("ACCOUNT_TIER_" + a.tier(), rules.tiers().getOrDefault(a.tier().name(), 0),
                "Account " + a.label() + " is tier " + a.tier() + " (score " + a.score() + ")", account);
    }

    /** The latest positive event at or before {@code asOf}: an event with positive points, or an inbound arrival. */
    static Instant lastPositive(LeadSignals lead, Signals.Contact contact, ScoringModel model, Instant asOf) {
        Map<EngagementType, Integer> points = model.engagement().points();
        Instant last = null;
        for (Signals.Event e : contact.events()) {
            if (points.getOrDefault(e.type(), 0) > 0 && !e.at().isAfter(asOf) && (last == null || e.at().isAfter(last))) {
                last = e.at();
            }
        }
        boolean inbound = lead.source() != null && model.lead().inboundSources().contains(lead.source().name());
        if (inbound && !lead.createdAt().isAfter(asOf) && (last == null || lead.createdAt().isAfter(last))) {
            last = lead.createdAt();
        }
        return last;
    }

    static long ageDays(Instant at, Instant asOf) {
        return Duration.between(at, asOf).toDays();
    }

    /** The contact score's rows in words, a rule's rows added up: "seniority VP 12.0, 3 × meeting held 25.0". */
    private static String codes(ContactScore score) {
        Map<String, double[]> byCode = new LinkedHashMap<>();
        score.reasons().stream().filter(r -> r.points() != 0).forEach(r -> {
            double[] sum = byCode.computeIfAbsent(r.code(), k -> new double[2]);
            sum[0] += r.points();
            sum[1]++;
        });
        return String.join(", ", byCode.entrySet().stream().map(e -> (e.getValue()[1] > 1 ? (int) e.getValue()[1] + " × " : "")
                + phrase(e.getKey()) + " " + Math.round(e.getValue()[0] * 10) / 10.0).limit(6).toList());
    }

    /** A rule code in words, short vocabulary values (VP, IT, HR) kept as they are: SENIORITY_VP → "seniority VP". */
    private static String phrase(String code) {
        return String.join(" ", Arrays.stream(code.replace("EVENT_", "").split("_"))
                .map(w -> w.length() <= 2 ? w : w.toLowerCase(Locale.ROOT)).toList());
    }
}
