package io.qualgraph.risk;

import io.qualgraph.support.CypherRegistry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/** Loads the risk graph inside a caller's transaction with set-based statements: upward of some entities, or all. */
@Component
class RiskLoader {

    private final CypherRegistry cypher;

    RiskLoader(CypherRegistry cypher) {
        this.cypher = cypher;
    }

    /** The targets and everything owning them on {@code day}, up to {@code depth} stakes, level by level. */
    RiskGraph upward(TransactionContext tx, Collection<String> targets, LocalDate day, int depth) {
        Set<String> seen = new HashSet<>(targets);
        List<String> frontier = List.copyOf(seen);
        List<RiskGraph.Stake> stakes = new ArrayList<>();
        for (int level = 0; level < depth && !frontier.isEmpty(); level++) {
            List<RiskGraph.Stake> found = tx.run(cypher.get("queries/risk/stakes-into"),
                    Map.of("ids", frontier, "day", day)).list(RiskLoader::stake);
            stakes.addAll(found);
            frontier = found.stream().map(RiskGraph.Stake::ownerId).filter(seen::add).toList();
        }
        return new RiskGraph(Map.of(), stakes, List.of()).withParties(parties(tx, "queries/risk/parties", Map.of("ids", List.copyOf(seen))));
    }

    /** Every party, every flag and every stake valid on {@code day}. */
    RiskGraph all(TransactionContext tx, LocalDate day) {
        List<RiskGraph.Stake> stakes = tx.run(cypher.get("queries/risk/all-stakes"), Map.of("day", day)).list(RiskLoader::stake);
        Parties parties = parties(tx, "queries/risk/all-parties", Map.of());
        List<RiskGraph.Flag> flags = new ArrayList<>(parties.flags());
        tx.run(cypher.get("queries/risk/all-flags"), Map.of()).forEachRemaining(r -> {
            RiskFlagType type = type(text(r.get("type")));
            if (type != null) {
                flags.add(new RiskGraph.Flag(text(r.get("id")), r.get("subjectId").asString(), type, text(r.get("source")),
                        date(r.get("listedAt")), date(r.get("delistedAt"))));
            }
        });
        return new RiskGraph(Map.of(), stakes, List.of()).withParties(new Parties(parties.parties(), flags));
    }

    /** Legal entities owned on {@code day}, at any depth, by the given parties (the parties not included). */
    Set<String> descendants(TransactionContext tx, Collection<String> parties, LocalDate day, int depth) {
        Set<String> seen = new HashSet<>();
        List<String> frontier = List.copyOf(parties);
        for (int level = 0; level < depth && !frontier.isEmpty(); level++) {
            frontier = tx.run(cypher.get("queries/risk/stakes-from"), Map.of("ids", frontier, "day", day))
                    .list(r -> r.get("ownedId").asString()).stream().filter(seen::add).toList();
        }
        return seen;
    }

    private Parties parties(TransactionContext tx, String query, Map<String, Object> parameters) {
        Map<String, RiskGraph.Party> parties = new HashMap<>();
        List<RiskGraph.Flag> flags = new ArrayList<>();
        tx.run(cypher.get(query), parameters).forEachRemaining(r -> {
            String id = r.get("id").asString();
            parties.put(id, new RiskGraph.Party(id, text(r.get("name")), r.get("person").asBoolean(),
                    text(r.get("country")), r.get("pep").asBoolean(false)));
            for (Value f : r.get("flags").values()) {
                RiskFlagType type = type(text(f.get("type")));
                if (type != null) {
                    flags.add(new RiskGraph.Flag(text(f.get("id")), id, type, text(f.get("source")),
                            date(f.get("listedAt")), date(f.get("delistedAt"))));
                }
            }
        });
        return new Parties(parties, flags);
    }

    /** Parties and their flags as loaded. */
    record Parties(Map<String, RiskGraph.Party> parties, List<RiskGraph.Flag> flags) {
    }

    private static RiskGraph.Stake stake(Record r) {
        return new RiskGraph.Stake(r.get("ownerId").asString(), r.get("ownedId").asString(), number(r.get("share")),
                number(r.get("shareMin")), number(r.get("shareMax")), date(r.get("since")), date(r.get("until")),
                text(r.get("source")));
    }

    private static RiskFlagType type(String text) {
        try {
            return text == null ? null : RiskFlagType.valueOf(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Double number(Value v) {
        return v == null || v.isNull() ? null : v.asNumber().doubleValue();
    }

    private static LocalDate date(Value v) {
        return v == null || v.isNull() ? null : v.asLocalDate();
    }

    private static String text(Value v) {
        return v == null || v.isNull() ? null : v.asString();
    }
}
