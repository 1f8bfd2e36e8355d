package io.qualgraph.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.qualgraph.scoring.CommitteeRole;
import io.qualgraph.scoring.OpportunityOutcome;
import io.qualgraph.scoring.Seniority;
import io.qualgraph.scoring.EngagementType;
import io.qualgraph.ingest.References.Kind;
import io.qualgraph.risk.RiskFlagType;
import io.qualgraph.support.Problem;

/** Lists every rule a bundle breaks, with paths like {@code $.ownership[3].share}; empty when it may be written. */
final class BundleValidator {

    private final Errors errors = new Errors();
    private final References refs = new References();
    private final Map<String, Map<String, String>> firstPathById = new HashMap<>();
    private final Map<Bundle.StakeKey, String> stakes = new HashMap<>();

    private BundleValidator() {
    }

    static List<Problem.FieldError> validate(Bundle bundle, KnownIds known) {
        BundleValidator v = new BundleValidator();
        v.rows("entities", bundle.entities(), v::entity);
        v.rows("persons", bundle.persons(), v::person);
        v.rows("ownership", bundle.ownership(), v::ownership);
        v.rows("riskFlags", bundle.riskFlags(), v::riskFlag);
        v.rows("contacts", bundle.contacts(), v::contact);
        v.rows("engagements", bundle.engagements(), v::engagement);
        v.rows("opportunities", bundle.opportunities(), v::opportunity);
        v.rows("committee", bundle.committee(), v::seat);
        v.rows("intent", bundle.intent(), v::intent);
        v.rows("leads", bundle.leads(), v::lead);
        v.refs.resolve(bundle, known, v.errors);
        return v.errors.list();
    }

    private interface RowCheck<T> {
        void check(String path, T row);
    }

    private <T> void rows(String section, List<T> rows, RowCheck<T> check) {
        for (int i = 0; i < rows.size(); i++) {
            String path = "$." + section + "[" + i + "]";
            if (rows.get(i) == null) {
                errors.add(path, "must be an object, was null");
            } else {
                check.check(path, rows.get(i));
            }
        }
    }

    private void id(String path, String namespace, String id) {
        if (errors.key(path + ".id", id)) {
            String first = firstPathById.computeIfAbsent(namespace, n -> new HashMap<>()).putIfAbsent(id, path);
            if (first != null) {
                errors.add(path + ".id", "duplicates the id '" + id + "' of " + first);
            }
        }
    }

    private void ref(String path, String id, Kind kind) {
        if (errors.key(path, id)) {
            refs.add(path, id, kind);
        }
    }

    private void entity(String p, Bundle.Entity r) {
        id(p, "party", r.id());
        errors.country(p + ".jurisdiction", r.jurisdiction());
        errors.maxLength(p + ".lei", r.lei(), Errors.MAX_KEY_LENGTH);
        errors.maxLength(p + ".domain", r.domain(), Errors.MAX_DOMAIN_LENGTH);
        errors.notNegative(p + ".employees", r.employees());
        errors.notNegative(p + ".annualRevenue", r.annualRevenue());
    }

    private void person(String p, Bundle.Person r) {
        id(p, "party", r.id());
        errors.country(p + ".nationality", r.nationality());
    }

    private void ownership(String p, Bundle.Ownership r) {
        ref(p + ".owner", r.owner(), Kind.PARTY);
        ref(p + ".owned", r.owned(), Kind.ENTITY);
        errors.fraction(p + ".share", r.share());
        errors.fraction(p + ".shareMin", r.shareMin());
        errors.fraction(p + ".shareMax", r.shareMax());
        if (r.shareMin() != null && r.shareMax() != null && r.shareMin() > r.shareMax()) {
            errors.add(p + ".shareMin", "must not exceed shareMax (" + r.shareMax() + "), was " + r.shareMin());
        }
        if (r.share() != null && ((r.shareMin() != null && r.share() < r.shareMin())
                || (r.shareMax() != null && r.share() > r.shareMax()))) {
            errors.add(p + ".share", "lies outside the band shareMin..shareMax given in the same row");
        }
        errors.date(p + ".since", r.since());
        errors.date(p + ".until", r.until());
        errors.notBefore(p + ".until", r.until(), r.since(), "since");
        String first = stakes.putIfAbsent(r.key(), p);
        if (first != null && r.owner() != null && r.owned() != null) {
            errors.add(p, "duplicates the stake (owner, owned, since) of " + first);
        }
    }

    private void riskFlag(String p, Bundle.RiskFlag r) {
        id(p, "riskFlag", r.id());
        ref(p + ".subject", r.subject(), Kind.PARTY);
        if (errors.required(p + ".type", r.type())) {
            errors.oneOf(p + ".type", r.type(), RiskFlagType.class);
        }
        errors.date(p + ".listedAt", r.listedAt());
        errors.date(p + ".delistedAt", r.delistedAt());
        errors.notBefore(p + ".delistedAt", r.delistedAt(), r.listedAt(), "listedAt");
    }

    private void contact(String p, Bundle.Contact r) {
        id(p, "contact", r.id());
        ref(p + ".entity", r.entity(), Kind.ENTITY);
        errors.oneOf(p + ".seniority", r.seniority(), Seniority.class);
        errors.email(p + ".email", r.email());
        if (r.email() != null) {
            String email = r.email().toLowerCase(Locale.ROOT);
            String first = firstPathById.computeIfAbsent("email", n -> new HashMap<>()).putIfAbsent(email, p);
            if (first != null) {
                errors.add(p + ".email", "e-mail '" + r.email() + "' is also given to " + first);
            }
            refs.email(p + ".email", email, r.id());
        }
    }

    private void engagement(String p, Bundle.Engagement r) {
        id(p, "engagement", r.id());
        ref(p + ".contact", r.contact(), Kind.CONTACT);
        if (errors.required(p + ".type", r.type())) {
            errors.oneOf(p + ".type", r.type(), EngagementType.class);
        }
        if (errors.required(p + ".at", r.at())) {
            errors.date(p + ".at", r.at());
        }
    }

    private void opportunity(String p, Bundle.Opportunity r) {
        id(p, "opportunity", r.id());
        ref(p + ".entity", r.entity(), Kind.ENTITY);
        errors.oneOf(p + ".outcome", r.outcome(), OpportunityOutcome.class);
        errors.notNegative(p + ".amount", r.amount());
        errors.date(p + ".createdAt", r.createdAt());
        errors.date(p + ".closedAt", r.closedAt());
        errors.notBefore(p + ".closedAt", r.closedAt(), r.createdAt(), "createdAt");
        rows(p.substring(2) + ".committee", r.committee(), (seatPath, seat) -> {
            if (seat.opportunity() != null && !seat.opportunity().equals(r.id())) {
                errors.add(seatPath + ".opportunity", "must be omitted or equal the opportunity's id '" + r.id() + "'");
            }
            seatRules(seatPath, r.id(), seat);
        });
    }

    private void seat(String p, Bundle.CommitteeSeat r) {
        ref(p + ".opportunity", r.opportunity(), Kind.OPPORTUNITY);
        seatRules(p, r.opportunity(), r);
    }

    private void seatRules(String p, String opportunity, Bundle.CommitteeSeat r) {
        ref(p + ".contact", r.contact(), Kind.CONTACT);
        if (errors.required(p + ".role", r.role())) {
            errors.oneOf(p + ".role", r.role(), CommitteeRole.class);
        }
        String key = opportunity + "\u0000" + r.contact();
        String first = firstPathById.computeIfAbsent("seat", n -> new HashMap<>()).putIfAbsent(key, p);
        if (first != null && opportunity != null && r.contact() != null) {
            errors.add(p + ".contact", "holds a second seat on opportunity '" + opportunity + "' (first: " + first + ")");
        }
    }

    private void intent(String p, Bundle.Intent r) {
        id(p, "intent", r.id());
        ref(p + ".entity", r.entity(), Kind.ENTITY);
        errors.fraction(p + ".strength", r.strength());
        errors.date(p + ".observedAt", r.observedAt());
    }

    private void lead(String p, Bundle.Lead r) {
        id(p, "lead", r.id());
        if (r.contact() != null) {
            ref(p + ".contact", r.contact(), Kind.CONTACT);
        } else if (r.email() == null || r.email().isBlank()) {
            errors.add(p + ".email", "is required when contact is not given (a lead needs a contact id or an e-mail)");
        }
        LeadRules.check(p, r, errors);
    }
}
