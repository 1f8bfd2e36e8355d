package io.qualgraph.ingest.sources.bods;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.qualgraph.ingest.Bundle;
import io.qualgraph.ingest.sources.Json;
import io.qualgraph.ingest.sources.SourceRows;

import tools.jackson.databind.JsonNode;

/**
 * Beneficial Ownership Data Standard statements (0.4 records; 0.3/0.2 statements) to bundle rows. Entities and
 * persons keep their record (0.3: statement) id, or the LEI when one is given. Each direct shareholding interest is one
 * stake (exact share, or the band from minimum/maximum, or unknown), dated by its start/end dates; a later statement
 * of the same record ends the interests of the earlier one; a closed record ends them. Indirect interests are not
 * stakes: they are returned as declarations to check the arithmetic against. A relationship that is a component of an
 * indirect shareholding but states no share (e.g. control of a state body) becomes a stake of unknown share.
 */
public final class BodsReader {

    /** A declared indirect shareholding: {@code party} holds {@code share} (0..1) of {@code subject} from {@code since}. */
    record Declared(String subject, String party, double share, String since) {
    }

    /** The bundle rows, the declared indirect shares, and what could not be used. */
    public record Result(Bundle bundle, List<Declared> declared, List<String> warnings) {
    }

    private final SourceRows bundle = new SourceRows();
    private final Map<String, String> ids = new LinkedHashMap<>();
    private final List<BodsRelationship> relationships = new ArrayList<>();
    private final Set<String> replaced = new HashSet<>();
    private final List<Declared> declared = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    private BodsReader() {
    }

    /** Reads one package: a JSON array of statements (or a single statement). */
    public static Result read(JsonNode statements) {
        BodsReader reader = new BodsReader();
        List<JsonNode> all = new ArrayList<>();
        (statements.isArray() ? statements : List.of(statements)).forEach(all::add);
        all.forEach(reader::party);
        all.forEach(reader::relationship);
        reader.stakes();
        return new Result(reader.bundle.build(), reader.declared, reader.warnings);
    }

    private void party(JsonNode s) {
        String kind = kind(s);
        JsonNode d = s.has("recordDetails") ? s.get("recordDetails") : s;
        String key = s.has("recordId") ? Json.text(s, "recordId") : Json.text(s, "statementID");
        if ("entity".equals(kind)) {
            String lei = lei(d);
            String id = lei != null ? lei : key;
            ids.put(key, id);
            String jurisdiction = Json.text(d, "jurisdiction/code") != null ? Json.text(d, "jurisdiction/code")
                    : Json.text(d, "incorporatedInJurisdiction/code");
            bundle.entity(SourceRows.entity(id, Json.text(d, "name"), jurisdiction, lei));
        } else if ("person".equals(kind)) {
            ids.put(key, key);
            JsonNode names = Json.at(d, "names");
            String name = names != null && names.isArray() && !names.isEmpty() ? Json.text(names.get(0), "fullName") : null;
            JsonNode nationalities = Json.at(d, "nationalities");
            String nationality = nationalities != null && nationalities.isArray() && !nationalities.isEmpty()
                    ? Json.text(nationalities.get(0), "code") : null;
            boolean pep = "isPep".equals(Json.text(d, "politicalExposure/status")) || "true".equals(Json.text(d, "hasPepStatus"));
            bundle.person(new Bundle.Person(key, name, SourceRows.country(nationality), pep));
        }
    }

    private void relationship(JsonNode s) {
        if (!"relationship".equals(kind(s))) {
            return;
        }
        Json.each(s, "replacesStatements").forEach(r -> replaced.add(r.asString()));
        BodsRelationship r = BodsRelationship.of(s);
        relationships.add(r);
        for (JsonNode interest : r.interests()) {
            Double share = BodsShares.exactOrMin(interest);
            if ("indirect".equals(Json.text(interest, "directOrIndirect")) && share != null && r.party() != null) {
                declared.add(new Declared(ids.getOrDefault(r.subject(), r.subject()), ids.getOrDefault(r.party(), r.party()),
                        share, Json.text(interest, "startDate")));
            }
        }
    }

    private void stakes() {
        Set<String> components = new HashSet<>();
        relationships.stream().filter(BodsRelationship::declaresIndirectShareholding).forEach(r -> components.addAll(r.components()));
        Map<String, List<BodsRelationship>> byRecord = new LinkedHashMap<>();
        relationships.stream().filter(r -> !replaced.contains(r.statementId()))
                .forEach(r -> byRecord.computeIfAbsent(r.recordId(), k -> new ArrayList<>()).add(r));
        for (List<BodsRelationship> history : byRecord.values()) {
            history.sort(Comparator.comparing(BodsRelationship::date, Comparator.nullsFirst(Comparator.naturalOrder())));
            for (int k = 0; k < history.size(); k++) {
                String nextStart = k + 1 < history.size() ? history.get(k + 1).start() : null;
                stakes(history.get(k), nextStart, components);
            }
        }
    }

    private void stakes(BodsRelationship r, String nextStart, Set<String> components) {
        if (r.closed()) {
            return;
        }
        String owner = r.party() == null ? null : ids.get(r.party());
        String owned = ids.get(r.subject());
        if (owner == null || owned == null || !bundle.isEntity(owned)) {
            warnings.add("relationship " + r.statementId() + ": interested party or subject unknown or unspecified; skipped");
            return;
        }
        List<Bundle.Ownership> found = r.directStakes(owner, owned, nextStart);
        if (found.isEmpty() && (components.contains(r.recordId()) || components.contains(r.statementId()))) {
            found = List.of(r.unknownStake(owner, owned, nextStart));
        }
        found.forEach(bundle::ownership);
    }

    private static String kind(JsonNode s) {
        String type = Json.text(s, "recordType") != null ? Json.text(s, "recordType") : Json.text(s, "statementType");
        if (type == null) {
            return "";
        }
        return switch (type) {
            case "entity", "entityStatement" -> "entity";
            case "person", "personStatement" -> "person";
            case "relationship", "ownershipOrControlStatement" -> "relationship";
            default -> "";
        };
    }

    private static String lei(JsonNode d) {
        for (JsonNode identifier : Json.each(d, "identifiers")) {
            if ("XI-LEI".equals(Json.text(identifier, "scheme"))) {
                return Json.text(identifier, "id");
            }
        }
        return null;
    }
}
