package io.qualgraph.ingest.sources.gleif;

import java.util.ArrayList;
import java.util.List;

import io.qualgraph.ingest.Bundle;
import io.qualgraph.ingest.sources.Json;
import io.qualgraph.ingest.sources.SourceRows;

import tools.jackson.databind.JsonNode;

/**
 * GLEIF Level 1 (LEI-CDF) and Level 2 relationship (RR-CDF) records in GLEIF's JSON form to bundle rows. A direct
 * accounting-consolidation link (IS_DIRECTLY_CONSOLIDATED_BY) is control by definition: the parent holds the child
 * with the consolidation percentage when one above half is given, else "more than half" (a band from just above 0.5 to
 * 1). Ultimate-consolidation links are GLEIF's own conclusion and are returned as declarations, not stakes; fund
 * management and sub-fund links are not ownership and are skipped. Inactive links without an end date are skipped.
 */
public final class GleifReader {

    /** GLEIF's declared ultimate parent of {@code child}. */
    record DeclaredUltimate(String child, String parent) {
    }

    /** Bundle rows, declared ultimate parents, and what was skipped (by relationship type). */
    public record Result(Bundle bundle, List<DeclaredUltimate> ultimates, List<String> skipped) {
    }

    private GleifReader() {
    }

    /** Reads any mix of LEI records and relationship records (each a JSON array, or one record). */
    public static Result read(List<JsonNode> documents) {
        SourceRows bundle = new SourceRows();
        List<DeclaredUltimate> ultimates = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<JsonNode> records = new ArrayList<>();
        documents.forEach(d -> (d.isArray() ? d : List.of(d)).forEach(records::add));
        records.stream().filter(r -> r.has("LEI")).forEach(r -> bundle.entity(entity(r)));
        for (JsonNode r : records) {
            JsonNode rel = Json.at(r, "Relationship");
            if (rel == null) {
                continue;
            }
            String child = Json.text(rel, "StartNode/NodeID");
            String parent = Json.text(rel, "EndNode/NodeID");
            String type = Json.text(rel, "RelationshipType");
            if ("IS_ULTIMATELY_CONSOLIDATED_BY".equals(type)) {
                ultimates.add(new DeclaredUltimate(child, parent));
            } else if (!"IS_DIRECTLY_CONSOLIDATED_BY".equals(type)) {
                skipped.add(type + " " + child + " -> " + parent);
            } else if (!"ACTIVE".equals(Json.text(rel, "RelationshipStatus")) && period(rel, "EndDate") == null) {
                skipped.add("inactive " + child + " -> " + parent);
            } else {
                bundle.ensureEntity(child, null, child);
                bundle.ensureEntity(parent, null, parent);
                bundle.ownership(stake(rel, child, parent));
            }
        }
        return new Result(bundle.build(), ultimates, skipped);
    }

    private static Bundle.Ownership stake(JsonNode rel, String child, String parent) {
        Double percent = null;
        for (JsonNode q : Json.each(rel, "RelationshipQuantifiers")) {
            if ("ACCOUNTING_CONSOLIDATION".equals(Json.text(q, "MeasurementMethod")) && Json.text(q, "QuantifierAmount") != null) {
                percent = Double.valueOf(Json.text(q, "QuantifierAmount"));
            }
        }
        boolean controlling = percent != null && percent > 50 && percent <= 100;
        return new Bundle.Ownership(parent, child, controlling ? percent / 100 : null,
                controlling ? null : Math.nextUp(0.5), controlling ? null : 1.0,
                period(rel, "StartDate"), period(rel, "EndDate"), "gleif-rr:" + child + ">" + parent);
    }

    private static String period(JsonNode rel, String field) {
        for (JsonNode p : Json.each(rel, "RelationshipPeriods")) {
            if ("RELATIONSHIP_PERIOD".equals(Json.text(p, "PeriodType")) && Json.text(p, field) != null) {
                return Json.text(p, field).substring(0, 10);
            }
        }
        return null;
    }

    private static Bundle.Entity entity(JsonNode r) {
        String lei = Json.text(r, "LEI");
        return SourceRows.entity(lei, Json.text(r, "Entity/LegalName"), Json.text(r, "Entity/LegalJurisdiction"), lei);
    }
}
