package io.qualgraph.tools.seed;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A generated dataset gathered back into sections, with the lookups the tests need. */
final class Generated {

    static final GeneratorSettings DEMO = GeneratorSettings.defaults();
    private static Generated demo;

    final List<Map<String, Object>> chunks = new ArrayList<>();
    final Map<String, List<Map<String, Object>>> sections = new LinkedHashMap<>();

    static synchronized Generated demo() {
        if (demo == null) {
            demo = of(DEMO);
        }
        return demo;
    }

    @SuppressWarnings("unchecked")
    static Generated of(GeneratorSettings settings) {
        Generated g = new Generated();
        new SeedGenerator().generate(settings, chunk -> {
            g.chunks.add(chunk);
            chunk.forEach((k, v) -> g.sections.computeIfAbsent(k, s -> new ArrayList<>())
                    .addAll((List<Map<String, Object>>) v));
        });
        return g;
    }

    List<Map<String, Object>> rows(String section) {
        return sections.getOrDefault(section, List.of());
    }

    Map<String, Map<String, Object>> byId(String section) {
        Map<String, Map<String, Object>> map = new HashMap<>();
        rows(section).forEach(r -> map.put((String) r.get("id"), r));
        return map;
    }

    /** Stakes valid on the reference date. */
    List<Map<String, Object>> currentStakes() {
        String day = DEMO.referenceDate().toString();
        return rows("ownership").stream().filter(s -> s.get("until") == null
                || ((String) s.get("until")).compareTo(day) > 0).toList();
    }

    /** The ultimate parent of an entity on the reference date, following stakes above 50% between entities. */
    String ultimateParent(String entity, Set<String> entityIds) {
        Map<String, String> controller = controllers(entityIds);
        Set<String> seen = new HashSet<>();
        String current = entity;
        while (controller.containsKey(current) && seen.add(current)) {
            current = controller.get(current);
        }
        return current;
    }

    private Map<String, String> controllers;

    private synchronized Map<String, String> controllers(Set<String> entityIds) {
        if (controllers != null) {
            return controllers;
        }
        Map<String, String> controller = new HashMap<>();
        for (Map<String, Object> s : currentStakes()) {
            if (s.get("share") instanceof Double share && share > 0.5 && entityIds.contains((String) s.get("owner"))) {
                controller.put((String) s.get("owned"), (String) s.get("owner"));
            }
        }
        controllers = controller;
        return controller;
    }

    Set<String> activelyListed() {
        LocalDate day = DEMO.referenceDate();
        Set<String> listed = new HashSet<>();
        for (Map<String, Object> f : rows("riskFlags")) {
            boolean active = f.get("delistedAt") == null || LocalDate.parse((String) f.get("delistedAt")).isAfter(day);
            if ("SANCTIONED".equals(f.get("type")) && active) {
                listed.add((String) f.get("subject"));
            }
        }
        return listed;
    }

    static Instant instant(Object text) {
        return Instant.parse((String) text);
    }
}
