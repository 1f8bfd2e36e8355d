package io.qualgraph.lead;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.qualgraph.accounts.AccountAnswer;
import io.qualgraph.scoring.CommitteeRole;
import io.qualgraph.scoring.Seniority;
import io.qualgraph.scoring.EngagementType;
import io.qualgraph.scoring.ScoringModel;
import io.qualgraph.scoring.Signals;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * A lead-signals record and its account's answer as the decider's input. A lead with no contact is scored as a
 * contact made of its own fields, with no events; a contact without a seniority takes the lead's.
 */
final class LeadSignalsReader {

    private LeadSignalsReader() {
    }

    static LeadSignals of(LeadRow row, Record r, AccountAnswer account, ScoringModel model) {
        Value c = r.get("contact");
        String entity = r.get("entityId").asString(null);
        long employees = r.get("employees").asLong(0);
        List<String> path = entity == null ? List.of() : List.of(entity);
        Signals.Contact contact;
        if (c.isNull()) {
            contact = new Signals.Contact(row.id(), row.name() == null ? row.id() : row.name(), row.email(),
                    seniority(row.seniority()), row.department(), entity, employees, path, List.of(), Set.of());
        } else {
            String seniority = c.get("seniority").asString(row.seniority());
            contact = new Signals.Contact(c.get("id").asString(), c.get("name").asString(c.get("id").asString()),
                    c.get("email").asString(row.email()), seniority(seniority),
                    c.get("department").asString(row.department()), entity, employees, path, events(r), roles(r));
        }
        String name = row.name() != null || c.isNull() ? row.name() : c.get("name").asString(null);
        String email = row.email() != null || c.isNull() ? row.email() : c.get("email").asString(null);
        return new LeadSignals(row.id(), row.createdAt(), row.source(), row.status(), name, email,
                row.phone(), row.title(), row.answers(), contact, view(account), row.duplicateOf());
    }

    private static LeadSignals.AccountView view(AccountAnswer a) {
        if (a == null) {
            return null;
        }
        return new LeadSignals.AccountView(a.accountId(), a.accountName(), a.score(), a.grade(), a.tier(),
                a.outcome(), a.route(), a.riskLevel(), a.recheckAt(),
                a.committee() == null ? List.of() : a.committee().missing());
    }

    private static Seniority seniority(String text) {
        return text == null ? null : Seniority.valueOf(text);
    }

    private static List<Signals.Event> events(Record r) {
        List<Signals.Event> events = new ArrayList<>();
        for (Value e : r.get("events").values()) {
            if (!e.get("id").isNull()) {
                events.add(new Signals.Event(e.get("id").asString(), EngagementType.valueOf(e.get("type").asString()),
                        e.get("at").asZonedDateTime().toInstant()));
            }
        }
        return events;
    }

    private static Set<CommitteeRole> roles(Record r) {
        Set<CommitteeRole> roles = EnumSet.noneOf(CommitteeRole.class);
        r.get("roles").values().forEach(v -> roles.add(CommitteeRole.valueOf(v.asString())));
        return roles;
    }
}
