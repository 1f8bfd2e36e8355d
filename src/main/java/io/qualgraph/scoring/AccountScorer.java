package io.qualgraph.scoring;

import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.qualgraph.contact.CommitteeRole;

/**
 * Scores an account (a corporate family): fit grade, engagement of every contact of every member with
 * diminishing returns, committee activation and coverage, intent at a low weight. Pure: records in, record out.
 */
public final class AccountScorer {

    private AccountScorer() {
    }

    /** The account's score at {@code asOf}; events and intent observed after {@code asOf} are ignored. */
    public static AccountScore score(Signals.Account account, ScoringModel model, Instant asOf) {
        Ledger ledger = new Ledger();
        long fit = FitGrade.addTo(ledger, account.firmographics(), model.fit(), account.accountId());
        Grade grade = FitGrade.grade(fit, model.fit());
        long engagement = 0;
        int engaged = 0;
        List<Signals.Contact> contacts = account.contacts().stream()
                .sorted(Comparator.comparing(Signals.Contact::id)).toList();
        for (Signals.Contact contact : contacts) {
            long points = ContactEngagement.addTo(ledger, contact, model.engagement(), asOf, contact.controlPath());
            engagement += points;
            engaged += points > 0 ? 1 : 0;
        }
        engagement = saturate(ledger, engagement, engaged, model.engagement(), account.accountId());
        boolean activated = activation(ledger, contacts, model, asOf, account.accountId());
        AccountScore.Committee committee = coverage(ledger, contacts, model.committee(), account.accountId());
        IntentPoints.addTo(ledger, account.intent(), model.intent(), asOf);
        long score = ledger.closeWithin0To100();
        return new AccountScore(account.accountId(), account.accountName(), Points.of(score), grade, Points.of(fit),
                Points.of(engagement), engaged, activated, committee, model.version(), asOf, ledger.rows());
    }

    /**
     * Account engagement approaches the cap instead of hitting it: {@code cap × (1 − e^(−points / scale))}, so that
     * a busy account still ranks above a merely active one. Without a scale in the model, a hard cap applies.
     */
    private static long saturate(Ledger ledger, long engagement, int engaged, ScoringModel.Engagement rules,
            String accountId) {
        long cap = rules.accountCap() * 10L;
        Reason.Source source = Reason.Source.entity(accountId);
        if (engagement <= 0) {
            return engagement;
        }
        if (rules.accountScale() == null) {
            if (engagement > cap) {
                ledger.add("ENGAGEMENT_CAP", cap - engagement, "Engagement adds at most " + rules.accountCap()
                        + " points to an account score", source);
                return cap;
            }
            return engagement;
        }
        long counted = Math.round(cap * (1 - Math.exp(-engagement / (rules.accountScale() * 10.0))));
        ledger.add("ENGAGEMENT_SATURATION", counted - engagement, String.format(
                "Engagement of %s points from %d contacts counts as %s = %d × (1 − e^(−%s / %s)): it approaches %d",
                Points.of(engagement), engaged, Points.of(counted), rules.accountCap(), Points.of(engagement),
                ContactEngagement.trim(rules.accountScale()), rules.accountCap()), source);
        return counted;
    }

    private static boolean activation(Ledger ledger, List<Signals.Contact> contacts, ScoringModel model,
            Instant asOf, String accountId) {
        ScoringModel.Activation rules = model.activation();
        CommitteeActivation.Window window = CommitteeActivation.best(contacts, model, asOf);
        if (window.contacts().size() < rules.minContacts()) {
            return false;
        }
        Reason.Source source = new Reason.Source(null, null, window.to(), null, accountId, List.copyOf(window.contacts()));
        ledger.add("COMMITTEE_ACTIVATION", Points.tenths(rules.contactsPoints()), String.format(
                "%d distinct contacts engaged within %d days (%s to %s): %s", window.contacts().size(),
                rules.windowDays(), window.from(), window.to(), window.contacts()), source);
        if (window.roles().size() >= rules.minRoles()) {
            ledger.add("COMMITTEE_ACTIVATION_ROLES", Points.tenths(rules.rolesPoints()),
                    "They hold " + window.roles().size() + " distinct committee roles: " + window.roles(), source);
        }
        return true;
    }

    private static AccountScore.Committee coverage(Ledger ledger, List<Signals.Contact> contacts,
            ScoringModel.Committee rules, String accountId) {
        Map<CommitteeRole, List<String>> covered = new EnumMap<>(CommitteeRole.class);
        for (Signals.Contact contact : contacts) {
            contact.roles().forEach(role -> covered.computeIfAbsent(role, r -> new java.util.ArrayList<>()).add(contact.id()));
        }
        List<CommitteeRole> missing = new java.util.ArrayList<>();
        rules.required().forEach((role, points) -> {
            if (covered.containsKey(role)) {
                ledger.add("COMMITTEE_COVERAGE_" + role, Points.tenths(points),
                        role + " present on an open opportunity: " + covered.get(role),
                        new Reason.Source(covered.get(role).get(0), null, null, null, accountId, null));
            } else {
                missing.add(role);
                ledger.note("COMMITTEE_MISSING_" + role, role + " missing from every open opportunity's committee",
                        Reason.Source.entity(accountId));
            }
        });
        return new AccountScore.Committee(covered, missing);
    }
}
