package io.qualgraph.scoring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;


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
            long points = ContactEngagement.addTo(ledger, contact, model.engagement(), asOf, account.entityNames());
            Optional<BuyerRoles.NonBuyer> nonBuyer = BuyerRoles.nonBuyer(contact, model);
            if (nonBuyer.isPresent()) {
                points = share(ledger, contact, nonBuyer.get(), points, model.buyers().accountShare());
            }
            engagement += points;
            engaged += points > 0 && nonBuyer.isEmpty() ? 1 : 0;
        }
        engagement = saturate(ledger, engagement, engaged, model.engagement(), account.accountId());
        List<Signals.Contact> buyers = contacts.stream().filter(c -> BuyerRoles.plausible(c, model)).toList();
        List<AccountScore.Upgrade> upgrades = new ArrayList<>();
        boolean activated = activation(ledger, buyers, model, asOf, account.accountId(), upgrades);
        HotActions.find(buyers, model, asOf).ifPresent(hot -> {
            ledger.note("HOT_ACTION", hot, Reason.Source.entity(account.accountId()));
            upgrades.add(new AccountScore.Upgrade(ScoringModel.UpgradeEvent.HOT_ACTION, hot));
        });
        AccountScore.Committee committee = coverage(ledger, contacts, model.committee(), account.accountId());
        IntentPoints.addTo(ledger, account.intent(), model.intent(), asOf);
        long score = ledger.closeWithin0To100();
        return new AccountScore(account.accountId(), account.accountName(), Points.of(score), grade, Points.of(fit),
                Points.of(engagement), engaged, activated, committee, model.version(), asOf, ledger.rows(),
                List.copyOf(upgrades));
    }

    /** A competitor's, student's or intern's engagement counts for the account only at the model's share. */
    private static long share(Ledger ledger, Signals.Contact contact, BuyerRoles.NonBuyer kind, long points,
            ScoringModel.AccountShare shares) {
        if (points == 0) {
            return 0;
        }
        double share = kind.share(shares);
        long counted = Math.round(points * share);
        ledger.add("NON_BUYER_SHARE", counted - points, String.format(
                "%s is %s: their engagement of %s points counts %s%% for the account (buyers.accountShare.%s)",
                BuyerRoles.who(contact), kind.label(), Points.of(points), ContactEngagement.trim(share * 100),
                kind.name().toLowerCase(java.util.Locale.ROOT)),
                new Reason.Source(contact.id(), null, null, null, contact.entityId(), contact.controlPath()));
        return counted;
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

    /** Activation counts plausible buyers only ({@code contacts} are they). */
    private static boolean activation(Ledger ledger, List<Signals.Contact> contacts, ScoringModel model,
            Instant asOf, String accountId, List<AccountScore.Upgrade> upgrades) {
        ScoringModel.Activation rules = model.activation();
        CommitteeActivation.Window window = CommitteeActivation.best(contacts, model, asOf);
        if (window.contacts().size() < rules.minContacts()) {
            return false;
        }
        Reason.Source source = new Reason.Source(null, null, window.to(), null, accountId, List.copyOf(window.contacts()));
        String detail = String.format("%d distinct plausible buyers engaged within %d days (%s to %s): %s",
                window.contacts().size(), rules.windowDays(), window.from(), window.to(), names(contacts, window));
        ledger.add("COMMITTEE_ACTIVATION", Points.tenths(rules.contactsPoints()), detail, source);
        upgrades.add(new AccountScore.Upgrade(ScoringModel.UpgradeEvent.COMMITTEE_ACTIVATION, detail));
        if (window.roles().size() >= rules.minRoles()) {
            ledger.add("COMMITTEE_ACTIVATION_ROLES", Points.tenths(rules.rolesPoints()),
                    "They hold " + window.roles().size() + " distinct committee roles: " + window.roles(), source);
        }
        return true;
    }

    private static String names(List<Signals.Contact> contacts, CommitteeActivation.Window window) {
        return contacts.stream().filter(c -> window.contacts().contains(c.id()))
                .map(c -> BuyerRoles.who(c) + " [" + c.id() + "]").collect(java.util.stream.Collectors.joining(", "));
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
