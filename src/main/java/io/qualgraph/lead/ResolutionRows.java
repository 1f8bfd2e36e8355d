package io.qualgraph.lead;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import tools.jackson.databind.json.JsonMapper;

/** A {@link Resolution} as a row of write-resolution; a new contact takes the lead's name, title and role. */
final class ResolutionRows {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ResolutionRows() {
    }

    static Map<String, Object> of(LeadKeys keys, Resolution resolution, Record lead) {
        Match m = resolution.match();
        Map<String, Object> row = new HashMap<>();
        row.put("id", keys.leadId());
        row.put("entityId", m == null ? null : m.entityId());
        row.put("method", m == null ? null : m.method().name());
        row.put("confidence", m == null ? null : m.confidence());
        row.put("evidence", m == null ? List.of() : m.evidence());
        row.put("alternatives", m == null ? "[]" : JSON.writeValueAsString(m.alternatives()));
        row.put("duplicateOf", resolution.duplicateOf());
        row.put("contactId", resolution.contactId());
        row.put("newContact", resolution.newContactId() == null ? null : newContact(resolution, keys, lead));
        return row;
    }

    private static Map<String, Object> newContact(Resolution resolution, LeadKeys keys, Record lead) {
        Map<String, Object> props = new HashMap<>();
        for (String field : new String[] {"name", "title", "seniority", "department"}) {
            String value = lead.get(field).asString(null);
            if (value != null) {
                props.put(field, value);
            }
        }
        return Map.of("id", resolution.newContactId(), "email", keys.email(), "props", props);
    }
}
