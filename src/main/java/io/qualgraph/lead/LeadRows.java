package io.qualgraph.lead;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

import io.qualgraph.scoring.LeadSource;
import io.qualgraph.scoring.LeadStatus;
import io.qualgraph.support.Vocabulary;
import org.neo4j.driver.Value;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A lead map of lead-signals as a {@link LeadRow}. */
final class LeadRows {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private LeadRows() {
    }

    static LeadRow of(Value l, Value contact, Value decisions) {
        String contactId = contact.isNull() ? null : contact.get("id").asString();
        return new LeadRow(l.get("id").asString(), contactId, text(l, "email"), text(l, "name"), text(l, "title"),
                text(l, "seniority"), text(l, "department"), text(l, "phone"), text(l, "company"), text(l, "website"),
                text(l, "country"), text(l, "lei"), Vocabulary.stored(LeadSource.class, text(l, "source")),
                instant(l.get("createdAt").isNull() ? l.get("receivedAt") : l.get("createdAt")),
                Vocabulary.stored(LeadStatus.class, text(l, "status")),
                new LeadSignals.Answers(text(l, "budget"), text(l, "timeline"), text(l, "authority"), text(l, "need")),
                text(l, "attributes"), match(l), text(l, "duplicateOf"), instant(l.get("mqlAt")),
                decisions.asList(d -> new LeadRow.SalesDecision(d.get("id").asString(),
                        SalesDecisionType.valueOf(d.get("decision").asString()),
                        LeadStage.valueOf(d.get("stage").asString()), instant(d.get("at")), d.get("by").asString(null),
                        d.get("reason").asString(null), d.get("opportunity").asString(null))));
    }

    private static Match match(Value l) {
        String entity = text(l, "matchEntity");
        if (entity == null) {
            return null;
        }
        List<Match.Alternative> alternatives = JSON.readValue(l.get("matchAlternatives").asString("[]"),
                new TypeReference<List<Match.Alternative>>() { });
        return new Match(entity, null, MatchMethod.valueOf(l.get("matchMethod").asString()),
                l.get("matchConfidence").asDouble(), l.get("matchEvidence").asList(Value::asString), alternatives);
    }

    private static String text(Value map, String key) {
        return map.get(key).asString(null);
    }

    static Instant instant(Value v) {
        if (v == null || v.isNull()) {
            return null;
        }
        ZonedDateTime t = v.asZonedDateTime();
        return t.toInstant();
    }
}
