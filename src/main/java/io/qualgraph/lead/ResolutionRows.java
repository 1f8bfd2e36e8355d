package io.qualgraph.lead;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import tools.jackson.databind.json.JsonMapper;

/** A {@link Resolution} as a row of write-resolution; a new contact takes the lead's name, title and role. */
final class ResolutionRows {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ResolutionRows() {
    }

    /**
     * The outcome row of one lead: {@code match}, the properties resolution sets on a stored lead; {@code props}, for a
     * new lead ({@code newLead} its row's properties), everything it is created with, the outcome's properties among
     * them; the contact it is about. {@code leadField} reads the lead's fields (name, title, seniority, department),
     * which a new contact takes.
     */
    static Map<String, Object> of(LeadKeys keys, Resolution resolution, Function<String, String> leadField,
            Map<String, Object> newLead) {
        Match m = resolution.match();
        Map<String, Object> match = new HashMap<>();
        match.put("matchEntity", m == null ? null : m.entityId());
        match.put("matchMethod", m == null ? null : m.method().name());
        match.put("matchConfidence", m == null ? null : m.confidence());
        match.put("matchEvidence", m == null ? List.of() : m.evidence());
        match.put("matchAlternatives", m == null ? "[]" : JSON.writeValueAsString(m.alternatives()));
        match.put("duplicateOf", resolution.duplicateOf());
        Map<String, Object> row = new HashMap<>();
        row.put("id", keys.leadId());
        if (newLead == null) {
            row.put("match", match);
            row.put("props", null);
        } else {
            Map<String, Object> props = new HashMap<>(newLead);
            props.putAll(match);
            row.put("match", Map.of());
            row.put("props", props);
        }
        row.put("entityId", m == null ? null : m.entityId());
        row.put("contactId", resolution.contactId());
        row.put("newContact", resolution.newContactId() == null ? null : newContact(resolution, keys, leadField));
        return row;
    }

    private static Map<String, Object> newContact(Resolution resolution, LeadKeys keys,
            Function<String, String> leadField) {
        Map<String, Object> props = new HashMap<>();
        for (String field : new String[] {"name", "title", "seniority", "department"}) {
            String value = leadField.apply(field);
            if (value != null) {
                props.put(field, value);
            }
        }
        return Map.of("id", resolution.newContactId(), "email", keys.email(), "props", props);
    }
}
