package io.qualgraph.lead;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.qualgraph.risk.RiskLevel;
import io.qualgraph.scoring.CommitteeRole;
import io.qualgraph.scoring.Grade;
import io.qualgraph.scoring.LeadModel;
import io.qualgraph.scoring.LeadSource;
import io.qualgraph.scoring.LeadStatus;
import io.qualgraph.scoring.Outcome;
import io.qualgraph.scoring.Route;
import io.qualgraph.scoring.Seniority;
import io.qualgraph.scoring.Signals;
import io.qualgraph.scoring.Tier;

/**
 * Everything the lead scorer reads about one lead at one instant: what the lead said (its name and e-mail, else those
 * of the contact it names, so that a lead by contact id is not "nameless"), its contact's signals (for an unmatched
 * lead, a contact made of the lead's own fields, with no events), and its account's decision (null when nothing
 * matched).
 */
record LeadSignals(String leadId, Instant createdAt, LeadSource source, LeadStatus status, String name, String email,
        String phone, String title, Answers answers, Signals.Contact contact, AccountView account, String duplicateOf) {

    /**
     * The lead's role: its contact's stated seniority, else its title read by the model's keywords; empty when neither
     * says.
     */
    Optional<Seniority> persona(LeadModel rules) {
        return contact.seniority() != null ? Optional.of(contact.seniority())
                : TitleReading.read(title, rules.titles());
    }

    /** The form's own answers, each a vocabulary name or null. */
    record Answers(String budget, String timeline, String authority, String need) {
    }

    /** The account's decision as the account engine gave it at the same instant; {@code name} is the parent's. */
    record AccountView(String accountId, String name, double score, Grade grade, Tier tier, Outcome outcome, Route route,
            RiskLevel riskLevel, Instant recheckAt, List<CommitteeRole> missingRoles) {

        /** The account as a person reads it: its name and id, or the id alone when it has no name. */
        String label() {
            return Named.of(name, accountId);
        }
    }
}
