package io.qualgraph.tools.seed;

import java.util.List;
import java.util.Map;

/** What a run produced: rows per bundle section and the planted cases a reviewer should look at. */
public record SeedSummary(Map<String, Long> rows, List<SeedCase> cases) {

    public SeedSummary {
        rows = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rows));
        cases = List.copyOf(cases);
    }
}
