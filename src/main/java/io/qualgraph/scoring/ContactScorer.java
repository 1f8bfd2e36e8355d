package io.qualgraph.scoring;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;


/**
 * Scores one contact: role relevance read against company size, engagement with decay, committee role,
 * and negatives for personal, student and competitor e-mail domains. Pure: records in, record out.
 */
public final class ContactScorer {

    private ContactScorer() {
    }

    /** The contact's score at {@code asOf}; events after {@code asOf} are ignored. */
    public static ContactScore score(Signals.Contact contact, ScoringModel model, Instant asOf) {
        ScoringModel.ContactRules rules = model.contact();
        Ledger ledger = new Ledger();
        Reason.Source self = new Reason.Source(contact.id(), null, null, null, contact.entityId(), contact.controlPath());
        seniority(ledger, contact, rules, self);
        department(ledger, contact, rules, self);
        bestRole(contact, rules).ifPresent(role -> ledger.add("COMMITTEE_ROLE_" + role,
                Points.tenths(rules.committeeRoles().getOrDefault(role, 0)),
                contact.name() + " is " + role + " on an open opportunity", self));
        EmailDomains.classify(contact.email(), rules.negatives()).ifPresent(kind ->
                ledger.add(kind.code(), Points.tenths(kind.points(rules.negatives())),
                        "E-mail " + contact.email() + " is on a " + kind.label() + " domain", self));
        long engagement = ContactEngagement.addTo(ledger, contact, model.engagement(), asOf, Map.of());
        long cap = model.engagement().contactCap() * 10L;
        if (engagement > cap) {
            ledger.add("ENGAGEMENT_CAP", cap - engagement, "Engagement adds at most "
                    + model.engagement().contactCap() + " points to a contact score", self);
        }
        long score = ledger.closeWithin0To100();
        List<Reason> rows = ledger.rows();
        return new ContactScore(contact.id(), Points.of(score), contact.roles(), model.version(), rows,
                ReasonSummary.summarize(rows, Map.of(contact.id(), contact.person())));
    }

    private static void seniority(Ledger ledger, Signals.Contact contact, ScoringModel.ContactRules rules,
            Reason.Source self) {
        if (contact.seniority() == null) {
            return;
        }
        Seniority readAs = readInContext(contact.seniority(), contact.companyEmployees(), rules);
        String context = readAs == contact.seniority() ? ""
                : " (read as " + readAs + " at a company of " + contact.companyEmployees() + " people)";
        ledger.add("SENIORITY_" + readAs, Points.tenths(rules.seniority().getOrDefault(readAs, 0)),
                contact.name() + " is " + contact.seniority() + context, self);
    }

    /** A title means less at a small company and a C-level is further from the deal at a large one. */
    static Seniority readInContext(Seniority stated, long employees, ScoringModel.ContactRules rules) {
        ScoringModel.SizeReading small = rules.smallCompany();
        if (small != null && employees > 0 && employees <= small.maxEmployees()) {
            return small.readAs().getOrDefault(stated, stated);
        }
        ScoringModel.SizeReading large = rules.largeCompany();
        if (large != null && employees >= large.minEmployees()) {
            return large.readAs().getOrDefault(stated, stated);
        }
        return stated;
    }

    private static void department(Ledger ledger, Signals.Contact contact, ScoringModel.ContactRules rules,
            Reason.Source self) {
        if (contact.department() == null) {
            return;
        }
        Integer points = rules.departments().get(contact.department().toLowerCase(Locale.ROOT));
        if (points != null && points != 0) {
            ledger.add("DEPARTMENT", Points.tenths(points), contact.name() + " works in " + contact.department(), self);
        }
    }

    /** The role that counts most; a blocker counts against the contact whatever else it holds. */
    private static Optional<CommitteeRole> bestRole(Signals.Contact contact, ScoringModel.ContactRules rules) {
        if (contact.roles().contains(CommitteeRole.BLOCKER)) {
            return Optional.of(CommitteeRole.BLOCKER);
        }
        return contact.roles().stream().max((a, b) -> Integer.compare(
                rules.committeeRoles().getOrDefault(a, 0), rules.committeeRoles().getOrDefault(b, 0)));
    }
}
