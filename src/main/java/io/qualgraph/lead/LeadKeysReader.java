package io.qualgraph.lead;

import java.util.function.Function;

import io.qualgraph.scoring.EmailDomains;
import io.qualgraph.scoring.ScoringModel;

/**
 * A lead's stored fields as the resolver's keys, from a row of unresolved-leads or from the properties a new lead is
 * about to be written with; personal and student e-mail domains never match a company.
 */
final class LeadKeysReader {

    private LeadKeysReader() {
    }

    /**
     * Lead {@code id}'s keys; {@code r} reads one of its fields by name (a column of unresolved-leads, or a property of
     * a new lead's row, {@code email} already in lower case).
     */
    static LeadKeys of(String id, Function<String, String> r, ScoringModel model) {
        String email = r.apply("email");
        String kind = EmailDomains.classify(email, model.contact().negatives()).map(Enum::name).orElse(null);
        boolean company = kind == null || kind.equals(EmailDomains.COMPETITOR.name());
        String name = r.apply("company");
        return new LeadKeys(id, r.apply("contactId"), email, r.apply("lei"), company ? Domains.ofEmail(email) : null,
                kind, Domains.ofWebsite(r.apply("website")), name, CompanyNames.normalise(name), r.apply("country"));
    }
}
