package io.qualgraph.lead;

import java.util.Map;
import java.util.function.Function;

import io.qualgraph.scoring.EmailDomains;
import io.qualgraph.scoring.ScoringModel;
import org.neo4j.driver.Record;

/**
 * A lead's stored fields as the resolver's keys, from a row of unresolved-leads or from the properties a new lead is
 * about to be written with; personal and student e-mail domains never match a company.
 */
final class LeadKeysReader {

    private LeadKeysReader() {
    }

    static LeadKeys of(Record r, ScoringModel model) {
        return of(r.get("id").asString(), field -> r.get(field).asString(null), model);
    }

    /** A new lead's keys from the properties its row writes ({@code email} already in lower case). */
    static LeadKeys of(String id, Map<String, Object> props, ScoringModel model) {
        return of(id, field -> (String) props.get(field), model);
    }

    private static LeadKeys of(String id, Function<String, String> r, ScoringModel model) {
        String email = r.apply("email");
        String kind = EmailDomains.classify(email, model.contact().negatives()).map(Enum::name).orElse(null);
        boolean company = kind == null || kind.equals(EmailDomains.COMPETITOR.name());
        String name = r.apply("company");
        return new LeadKeys(id, r.apply("contactId"), email, r.apply("lei"), company ? Domains.ofEmail(email) : null,
                kind, Domains.ofWebsite(r.apply("website")), name, CompanyNames.normalise(name), r.apply("country"));
    }
}
