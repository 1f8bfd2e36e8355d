package io.qualgraph.ingest.sources.crm;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import io.qualgraph.support.Problem;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A shipped mapping from one CRM export to lead fields ({@code crm-mappings/NAME.yaml}): for each field the export
 * columns that may hold it, value maps for status and source, defaults, and the prefix of generated lead ids.
 */
public record CrmMapping(String name, String description, String idPrefix, Map<String, List<String>> fields,
        Map<String, Map<String, String>> values, Map<String, String> defaults) {

    public static final List<String> SHIPPED = List.of("hubspot-contacts", "salesforce-leads");
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /** @throws Problem 400 for a name that is not a shipped mapping */
    static CrmMapping load(String name) {
        if (!SHIPPED.contains(name)) {
            throw Problem.invalid("mapping", "unknown mapping '" + name + "'; shipped: " + SHIPPED);
        }
        try (InputStream in = CrmMapping.class.getResourceAsStream("/crm-mappings/" + name + ".yaml")) {
            return YAML.readValue(in, CrmMapping.class);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the shipped mapping " + name, e);
        }
    }

    /** The lead-vocabulary value of {@code text} for {@code field}, case-insensitive; the default when unlisted. */
    Optional<String> value(String field, String text) {
        Map<String, String> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        map.putAll(values.getOrDefault(field, Map.of()));
        String found = map.get(text.strip());
        return Optional.ofNullable(found != null ? found : defaults == null ? null : defaults.get(field));
    }

    List<String> columns(String field) {
        return fields.getOrDefault(field, List.of());
    }

    String describe() {
        return name.toLowerCase(Locale.ROOT);
    }
}
