package io.qualgraph.tools.seed;

import java.util.Map;

/** A generated legal entity; {@code lei} and {@code domain} may be null. */
record SeedEntity(String id, String name, String lei, String jurisdiction, String industry, long employees,
        double annualRevenue, String domain, boolean regulated, int depth) {

    Map<String, Object> row() {
        return Rows.of("id", id, "name", name, "lei", lei, "jurisdiction", jurisdiction, "industry", industry,
                "employees", employees, "annualRevenue", annualRevenue, "domain", domain, "regulated", regulated);
    }
}
