package io.qualgraph.ingest.sources.ftm;

import io.qualgraph.ingest.Bundle;
import io.qualgraph.ingest.BundleBuilder;
import io.qualgraph.risk.RiskFlagType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * OpenSanctions FollowTheMoney JSON lines to a bundle (pure): Company/Organization/LegalEntity → entities, Person →
 * persons, Ownership → ownership (percentage/100, startDate, endDate + 1 day as exclusive until), Sanction → risk
 * flags (SANCTIONED; debarment/disqualification lists → ENFORCEMENT; travel bans → WATCHLIST). Several Ownership
 * records of one owner, asset and start date become one stake: the one that ends last (open-ended first).
 */
public final class FtmConverter {

    /** The bundle and one line per record that was not converted, with the reason. */
    public record Result(Bundle bundle, List<String> skipped) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> ENTITY_SCHEMAS = Set.of("Company", "Organization", "LegalEntity", "PublicBody");

    private FtmConverter() {
    }

    /** Converts the lines of one FtM file (blank lines ignored; a malformed line is skipped and reported). */
    public static Result convert(Iterable<String> lines) {
        return convert(lines, "");
    }

    /** As {@link #convert(Iterable)}, with {@code prefix} put before every id (to keep imports apart). */
    public static Result convert(Iterable<String> lines, String prefix) {
        Map<String, JsonNode> bySchema = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>();
        int number = 0;
        for (String line : lines) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode node = JSON.readTree(line);
                bySchema.put(prefix + node.get("id").asString(), node);
            } catch (RuntimeException e) {
                skipped.add("line " + number + ": not a FollowTheMoney JSON object");
            }
        }
        BundleBuilder out = Bundle.builder();
        Map<String, Boolean> parties = new HashMap<>();
        for (JsonNode n : bySchema.values()) {
            String schema = n.path("schema").asString("");
            JsonNode p = n.path("properties");
            String name = n.path("caption").asString(FtmValues.first(p, "name"));
            if (ENTITY_SCHEMAS.contains(schema)) {
                out.add(Bundle.Entity.named(id(n, prefix), name, FtmValues.country(p, "jurisdiction", "country")));
                parties.put(id(n, prefix), false);
            } else if (schema.equals("Person")) {
                boolean pep = FtmValues.all(p, "topics").stream().anyMatch(t -> t.startsWith("role.pep"));
                out.add(new Bundle.Person(id(n, prefix), name, FtmValues.country(p, "nationality", "citizenship", "country"), pep));
                parties.put(id(n, prefix), true);
            }
        }
        ownership(bySchema, parties, out, skipped, prefix);
        sanctions(bySchema, parties, out, skipped, prefix);
        return new Result(out.build(), skipped);
    }

    private static void ownership(Map<String, JsonNode> nodes, Map<String, Boolean> parties, BundleBuilder out, List<String> skipped,
            String prefix) {
        Map<List<Object>, Bundle.Ownership> stakes = new LinkedHashMap<>();
        Comparator<Bundle.Ownership> lastEnding = Comparator.comparing(o -> o.until() == null ? "9999" : o.until());
        for (JsonNode n : nodes.values()) {
            if (!n.path("schema").asString("").equals("Ownership")) {
                continue;
            }
            JsonNode p = n.path("properties");
            String owner = prefix + FtmValues.first(p, "owner");
            String asset = prefix + FtmValues.first(p, "asset");
            if (!parties.containsKey(owner) || !Boolean.FALSE.equals(parties.get(asset))) {
                skipped.add(id(n, prefix) + ": Ownership whose owner or asset (a legal entity) is not in the file");
                continue;
            }
            String since = FtmValues.extreme(FtmValues.all(p, "startDate"), false).map(LocalDate::toString).orElse(null);
            String until = FtmValues.extreme(FtmValues.all(p, "endDate"), true).map(LocalDate::toString).orElse(null);
            if (since != null && until != null && until.compareTo(since) <= 0) {
                until = LocalDate.parse(since).plusDays(1).toString();
            }
            Bundle.Ownership stake = new Bundle.Ownership(owner, asset, FtmValues.fraction(FtmValues.first(p, "percentage")),
                    null, null, since, until, "OpenSanctions " + n.get("id").asString());
            stakes.merge(java.util.Arrays.asList(owner, asset, since), stake, (a, b) -> lastEnding.compare(a, b) >= 0 ? a : b);
        }
        stakes.values().forEach(out::add);
    }

    private static void sanctions(Map<String, JsonNode> nodes, Map<String, Boolean> parties, BundleBuilder out, List<String> skipped,
            String prefix) {
        for (JsonNode n : nodes.values()) {
            if (!n.path("schema").asString("").equals("Sanction")) {
                continue;
            }
            JsonNode p = n.path("properties");
            String subject = prefix + FtmValues.first(p, "entity");
            if (!parties.containsKey(subject)) {
                skipped.add(id(n, prefix) + ": Sanction of an entity not in the file");
                continue;
            }
            List<String> starts = new ArrayList<>(FtmValues.all(p, "listingDate"));
            starts.addAll(FtmValues.all(p, "startDate"));
            String listed = FtmValues.extreme(starts, false).map(LocalDate::toString).orElse(null);
            String delisted = FtmValues.extreme(FtmValues.all(p, "endDate"), true).map(LocalDate::toString).orElse(null);
            if (listed != null && delisted != null && delisted.compareTo(listed) < 0) {
                skipped.add(id(n, prefix) + ": end date before listing date ignored");
                delisted = null;
            }
            String source = String.join(" / ", java.util.stream.Stream.of(FtmValues.first(p, "authority"),
                    FtmValues.first(p, "program"), String.join(",", FtmValues.all(n, "datasets")))
                    .filter(Objects::nonNull).filter(s -> !s.isBlank()).toList());
            out.add(new Bundle.RiskFlag(id(n, prefix), subject, type(n), null, source, listed, delisted));
        }
    }

    private static String id(JsonNode node, String prefix) {
        return prefix + node.get("id").asString();
    }

    private static String type(JsonNode sanction) {
        String datasets = String.join(",", FtmValues.all(sanction, "datasets")).toLowerCase(java.util.Locale.ROOT);
        if (datasets.contains("exclusion") || datasets.contains("disqualif") || datasets.contains("debar")) {
            return RiskFlagType.ENFORCEMENT.name();
        }
        return datasets.contains("travel_ban") ? RiskFlagType.WATCHLIST.name() : RiskFlagType.SANCTIONED.name();
    }
}
