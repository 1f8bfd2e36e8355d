package io.qualgraph.lead;

import io.qualgraph.scoring.EmailDomains;
import io.qualgraph.scoring.ScoringModel;
import org.neo4j.driver.Record;

/** A lead row of unresolved-leads as the resolver's keys; personal and student e-mail domains never match a company. */
final class LeadKeysReader {

    private LeadKeysReader() {
    }

    static LeadKeys of(Record r, ScoringModel model) {
        String email = r.get("email").asString(null);
        String kind = EmailDomains.classify(email, model.contact().negatives()).map(Enum::name).orElse(null);
        boolean company = kind == null || kind.equals(EmailDomains.COMPETITOR.name());
        String name = r.get("company").asString(null);
        return new LeadKeys(r.get("id").asString(), r.get("contactId").asString(null), email,
                r.get("lei").asString(null), company ? Domains.ofEmail(email) : null, kind,
                Domains.ofWebsite(r.get("website").asString(null)), name, CompanyNames.normalise(name),
                r.get("country").asString(null));
    }
}
