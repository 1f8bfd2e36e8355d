package io.qualgraph.ingest.sources.crm;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.qualgraph.ingest.Bundle;
import io.qualgraph.support.Problem;

/** One export record as a bundle lead row by its mapping. Pure. */
final class CrmLead {

    private CrmLead() {
    }

    static Bundle.Lead of(CrmMapping m, Map<String, String> row, Set<String> mapped, String at,
            List<Problem.FieldError> errors) {
        String id = first(m, row, "id");
        String first = first(m, row, "firstName");
        String last = first(m, row, "lastName");
        String name = first == null ? last : last == null ? first : first + " " + last;
        String country = converted(m, row, "country", errors, at, text -> CrmValues.country(text).orElse(null),
                "is not a country name or ISO code");
        String createdAt = converted(m, row, "createdAt", errors, at, text -> CrmValues.instant(text).orElse(null),
                "is not a date or date and time");
        String status = converted(m, row, "status", errors, at, text -> m.value("status", text).orElse(null),
                "is not a status this mapping knows (" + m.values().getOrDefault("status", Map.of()).keySet() + ")");
        String source = converted(m, row, "source", errors, at, text -> m.value("source", text).orElse(null),
                "is not a source this mapping knows");
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("crm", m.name());
        row.forEach((column, value) -> {
            if (!mapped.contains(column) && !value.isEmpty()) {
                attributes.put(column, value);
            }
        });
        return new Bundle.Lead(id == null ? null : m.idPrefix() + id, null, first(m, row, "email"), name,
                first(m, row, "title"), null, first(m, row, "department"), first(m, row, "phone"),
                first(m, row, "company"), first(m, row, "website"), country, null,
                source == null ? m.defaults().get("source") : source, createdAt, status, null, attributes);
    }

    private static String first(CrmMapping m, Map<String, String> row, String field) {
        for (String column : m.columns(field)) {
            String value = row.get(column);
            if (value != null && !value.isEmpty()) {
                return value;
            }
        }
        return null;
    }

    private static String column(CrmMapping m, Map<String, String> row, String field) {
        return m.columns(field).stream().filter(c -> row.get(c) != null && !row.get(c).isEmpty()).findFirst()
                .orElse(field);
    }

    private static String converted(CrmMapping m, Map<String, String> row, String field, List<Problem.FieldError> errors,
            String at, java.util.function.Function<String, String> convert, String rule) {
        String text = first(m, row, field);
        if (text == null) {
            return null;
        }
        String value = convert.apply(text);
        if (value == null) {
            errors.add(new Problem.FieldError(at + ", column " + column(m, row, field), "'" + text + "' " + rule));
        }
        return value;
    }
}
