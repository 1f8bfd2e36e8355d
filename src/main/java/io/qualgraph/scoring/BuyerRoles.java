package io.qualgraph.scoring;

import java.util.Locale;
import java.util.Optional;

import io.qualgraph.contact.Seniority;

/**
 * Who is a plausible buyer at an account, and how much of a non-buyer's engagement the account counts. Competitors
 * (by e-mail domain), students (by e-mail domain or seniority) and interns are never buyers; the others are when
 * they hold a listed committee seat, seniority or department.
 */
final class BuyerRoles {

    /** A contact whose engagement counts only in part for the account. */
    enum NonBuyer {
        COMPETITOR("a competitor (e-mail on a competitor's domain)"),
        STUDENT("a student"),
        INTERN("an intern");

        private final String label;

        NonBuyer(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }

        double share(ScoringModel.AccountShare share) {
            return switch (this) {
                case COMPETITOR -> share.competitor();
                case STUDENT -> share.student();
                case INTERN -> share.intern();
            };
        }
    }

    private BuyerRoles() {
    }

    static Optional<NonBuyer> nonBuyer(Signals.Contact contact, ScoringModel model) {
        Optional<EmailDomains> domain = EmailDomains.classify(contact.email(), model.contact().negatives());
        if (domain.filter(d -> d == EmailDomains.COMPETITOR).isPresent()) {
            return Optional.of(NonBuyer.COMPETITOR);
        }
        if (domain.filter(d -> d == EmailDomains.STUDENT).isPresent() || contact.seniority() == Seniority.STUDENT) {
            return Optional.of(NonBuyer.STUDENT);
        }
        return contact.seniority() == Seniority.INTERN ? Optional.of(NonBuyer.INTERN) : Optional.empty();
    }

    /** A committee seat, seniority or department the model lists, and not a competitor, student or intern. */
    static boolean plausible(Signals.Contact contact, ScoringModel model) {
        ScoringModel.Buyers buyers = model.buyers();
        if (nonBuyer(contact, model).isPresent()) {
            return false;
        }
        return contact.roles().stream().anyMatch(buyers.committeeRoles()::contains)
                || (contact.seniority() != null && buyers.seniorities().contains(contact.seniority()))
                || (contact.department() != null
                        && buyers.departments().contains(contact.department().toLowerCase(Locale.ROOT)));
    }

    /** Who the contact is, for a reason a person reads: name and seniority or role. */
    static String who(Signals.Contact contact) {
        String name = contact.name() == null ? contact.id() : contact.name();
        return contact.seniority() == null ? name : name + " (" + contact.seniority() + ")";
    }
}
