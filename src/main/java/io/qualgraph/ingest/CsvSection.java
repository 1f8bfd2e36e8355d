package io.qualgraph.ingest;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.qualgraph.support.CsvReader;
import io.qualgraph.support.Problem;
import io.qualgraph.support.StrictJson;
import tools.jackson.databind.json.JsonMapper;

/**
 * One CSV section: a header row of bundle field names, then one row per line, converted to the
 * section's bundle record. Lead attributes come from a JSON-object column {@code attributes} and/or
 * columns named {@code attributes.KEY} (text values); lead answers from columns {@code answers.budget},
 * {@code answers.timeline}, {@code answers.authority} and {@code answers.need}.
 */
final class CsvSection {

    static final Map<String, Class<? extends Record>> TYPES = types();
    private static final String ATTRIBUTES = "attributes";
    private static final List<String> ANSWERS = List.of("answers.budget", "answers.timeline", "answers.authority",
            "answers.need");
    private static final JsonMapper JSON = JsonMapper.builder().addModule(StrictJson.module()).build();

    private final String name;
    private final RecordComponent[] components;
    private final List<String> header;

    private CsvSection(String name, List<String> header) {
        this.name = name;
        this.components = TYPES.get(name).getRecordComponents();
        this.header = header;
    }

    /** Checks the section name and every column of the header; throws a 400 problem naming each bad one. */
    static CsvSection of(String section, CsvReader.Line header) {
        if (!TYPES.containsKey(section)) {
            throw Problem.invalid("section", "unknown section '" + section + "'; allowed: " + TYPES.keySet());
        }
        if (header == null) {
            throw Problem.invalid("line 1", "the CSV has no header row");
        }
        List<String> columns = header.fields().stream().map(String::strip).toList();
        CsvSection csv = new CsvSection(section, columns);
        Errors errors = new Errors();
        for (String column : columns) {
            if (!csv.knows(column)) {
                errors.add("line " + header.number() + ", column " + column, "unknown column; known: " + csv.known());
            }
        }
        if (!errors.list().isEmpty()) {
            throw Problem.invalid(errors.list());
        }
        return csv;
    }

    String name() {
        return name;
    }

    /** The row as its bundle record, or null after adding to {@code errors} why it cannot be read. */
    Object row(CsvReader.Line line, Errors errors) {
        String at = "line " + line.number();
        if (line.fields().size() != header.size()) {
            errors.add(at, "has " + line.fields().size() + " fields, the header has " + header.size());
            return null;
        }
        Object[] args = new Object[components.length];
        int before = errors.list().size();
        for (int i = 0; i < components.length; i++) {
            args[i] = value(components[i], line, at, errors);
        }
        if (errors.list().size() > before) {
            return null;
        }
        try {
            Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            return TYPES.get(name).getDeclaredConstructor(types).newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build a " + name + " row", e);
        }
    }

    private Object value(RecordComponent component, CsvReader.Line line, String at, Errors errors) {
        String field = component.getName();
        if (field.equals(ATTRIBUTES)) {
            return attributes(line, at, errors);
        }
        if (component.getType() == Bundle.Answers.class) {
            return answers(line);
        }
        int column = header.indexOf(field);
        String text = column < 0 ? "" : line.fields().get(column).strip();
        if (text.isEmpty()) {
            return null;
        }
        return CsvValues.convert(component.getType(), text, at + ", column " + field, errors);
    }

    private Map<String, Object> attributes(CsvReader.Line line, String at, Errors errors) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String text = line.fields().get(i).strip();
            if (header.get(i).equals(ATTRIBUTES) && !text.isEmpty()) {
                try {
                    attributes.putAll(JSON.readValue(text, LinkedHashMap.class));
                } catch (RuntimeException e) {
                    errors.add(at + ", column attributes", "must be a JSON object, e.g. {\"campaign\":\"q3\"}");
                }
            } else if (header.get(i).startsWith(ATTRIBUTES + ".") && !text.isEmpty()) {
                attributes.put(header.get(i).substring(ATTRIBUTES.length() + 1), text);
            }
        }
        return attributes.isEmpty() ? null : attributes;
    }

    private Bundle.Answers answers(CsvReader.Line line) {
        String[] values = new String[ANSWERS.size()];
        boolean any = false;
        for (int i = 0; i < values.length; i++) {
            int column = header.indexOf(ANSWERS.get(i));
            String text = column < 0 ? "" : line.fields().get(column).strip();
            values[i] = text.isEmpty() ? null : text;
            any |= values[i] != null;
        }
        return any ? new Bundle.Answers(values[0], values[1], values[2], values[3]) : null;
    }

    private boolean knows(String column) {
        if (name.equals("leads") && column.startsWith(ATTRIBUTES + ".") && column.length() > ATTRIBUTES.length() + 1) {
            return true;
        }
        return known().contains(column);
    }

    private List<String> known() {
        List<String> names = new ArrayList<>();
        for (RecordComponent c : components) {
            if (c.getType() == Bundle.Answers.class) {
                names.addAll(ANSWERS);
            } else if (!c.getType().equals(List.class)) {
                names.add(c.getName());
            }
        }
        return names;
    }

    private static Map<String, Class<? extends Record>> types() {
        Map<String, Class<? extends Record>> types = new LinkedHashMap<>();
        types.put("entities", Bundle.Entity.class);
        types.put("persons", Bundle.Person.class);
        types.put("ownership", Bundle.Ownership.class);
        types.put("riskFlags", Bundle.RiskFlag.class);
        types.put("contacts", Bundle.Contact.class);
        types.put("engagements", Bundle.Engagement.class);
        types.put("opportunities", Bundle.Opportunity.class);
        types.put("committee", Bundle.CommitteeSeat.class);
        types.put("intent", Bundle.Intent.class);
        types.put("leads", Bundle.Lead.class);
        return types;
    }

    static String canonical(String section) {
        return section.equals("risk-flags") ? "riskFlags" : section.strip().toLowerCase(Locale.ROOT)
                .replace("riskflags", "riskFlags");
    }
}
