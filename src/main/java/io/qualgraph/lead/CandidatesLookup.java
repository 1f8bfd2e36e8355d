package io.qualgraph.lead;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import io.qualgraph.scoring.LeadModel;
import io.qualgraph.support.CypherRegistry;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;

/**
 * Reads what the graph holds for a batch of leads' keys, as {@link Candidates}, in DESIGN §5's order: the contacts by
 * id and e-mail (and the earlier lead each repeats), then, for the leads no contact resolves, the entities by LEI, e-mail
 * domain and website domain, then, for the leads none of those resolves, the full-text hits on the company name. Each
 * step is one set-based statement over the leads still open (a record per key that found something), so a known e-mail
 * costs two index seeks and never reaches the full-text index, and a batch of 10,000 leads costs a few statements
 * rather than a subquery per lead per step. The LEI, e-mail domain and website domain are looked up together; the
 * {@link Resolver} takes the strongest of them that found something, so a weaker key never overrides a stronger one.
 * Writes nothing.
 */
final class CandidatesLookup {

    private final TransactionContext tx;
    private final CypherRegistry cypher;

    CandidatesLookup(TransactionContext tx, CypherRegistry cypher) {
        this.tx = tx;
        this.cypher = cypher;
    }

    /**
     * Every lead's candidates, by lead id; {@code createdAt} gives each lead's instant for the duplicate window, and
     * {@code batch} the write's leads the graph does not show yet. {@code keys} must be in the order the leads resolve
     * (oldest first), so that of two leads of one write the later can repeat the earlier.
     * The entity and name steps come from {@code readAhead}, asked once the contacts are read, when it gives something:
     * what {@link #entitiesAndNames} found for these leads (or more) while the graph's legal entities stood as they
     * stand now. Each lead still sees only the steps it reaches.
     */
    Map<String, Candidates> read(List<LeadKeys> keys, Map<String, Instant> createdAt, LeadModel.Resolution rules,
            Duplicates.Batch batch, Supplier<EntityCandidates> readAhead) {
        Map<String, Candidates.Person> byId = new HashMap<>();
        Map<String, Candidates.Person> byEmail = new HashMap<>();
        contacts(keys, byId, byEmail);
        Duration window = Duration.ofDays(rules.duplicateWindowDays());
        Map<String, List<Duplicates.Earlier>> sameEmail = duplicates(keys, createdAt, window);
        List<LeadKeys> noContact = keys.stream()
                .filter(k -> !byId.containsKey(k.leadId()) && !byEmail.containsKey(k.leadId())).toList();
        EntityCandidates ahead = readAhead.get();
        Map<String, Map<MatchMethod, List<Candidates.Entity>>> byKey = ahead == null ? entities(noContact)
                : ahead.byKey(noContact);
        List<LeadKeys> noEntity = noContact.stream().filter(k -> !byKey.containsKey(k.leadId())).toList();
        Map<String, List<Candidates.Entity>> byName = ahead == null ? names(noEntity, rules) : ahead.byName(noEntity);
        Map<String, Candidates> candidates = new HashMap<>();
        for (LeadKeys k : keys) {
            String duplicateOf = batch.duplicateOf(k, createdAt.get(k.leadId()), window,
                    sameEmail.getOrDefault(k.leadId(), List.of()));
            Map<MatchMethod, List<Candidates.Entity>> steps = byKey.getOrDefault(k.leadId(), Map.of());
            candidates.put(k.leadId(), new Candidates(byId.get(k.leadId()), byEmail.get(k.leadId()),
                    steps.getOrDefault(MatchMethod.LEI, List.of()), steps.getOrDefault(MatchMethod.EMAIL_DOMAIN, List.of()),
                    steps.getOrDefault(MatchMethod.WEBSITE_DOMAIN, List.of()), byName.getOrDefault(k.leadId(), List.of()),
                    duplicateOf));
        }
        return candidates;
    }

    /**
     * The entity and name steps for every one of these leads, whatever their contacts: what a write of them can take
     * instead of reading these steps itself, for as long as no write changes legal entities (read on another thread
     * while an earlier chunk of an import is written, ADR 0030).
     */
    EntityCandidates entitiesAndNames(List<LeadKeys> keys, LeadModel.Resolution rules) {
        return new EntityCandidates(entities(keys), names(keys, rules));
    }

    /** The entity steps ({@code byKey}) and name hits ({@code byName}) read for a batch of leads, by lead id. */
    record EntityCandidates(Map<String, Map<MatchMethod, List<Candidates.Entity>>> byKey,
            Map<String, List<Candidates.Entity>> byName) {

        Map<String, Map<MatchMethod, List<Candidates.Entity>>> byKey(List<LeadKeys> leads) {
            return only(byKey, leads);
        }

        Map<String, List<Candidates.Entity>> byName(List<LeadKeys> leads) {
            return only(byName, leads);
        }

        private static <V> Map<String, V> only(Map<String, V> found, List<LeadKeys> leads) {
            Map<String, V> kept = new HashMap<>();
            for (LeadKeys k : leads) {
                V v = found.get(k.leadId());
                if (v != null) {
                    kept.put(k.leadId(), v);
                }
            }
            return kept;
        }
    }

    private void contacts(List<LeadKeys> keys, Map<String, Candidates.Person> byId,
            Map<String, Candidates.Person> byEmail) {
        List<Map<String, Object>> ids = lookups(keys, LeadKeys::contactId);
        List<Map<String, Object>> emails = lookups(keys, LeadKeys::email);
        if (ids.isEmpty() && emails.isEmpty()) {
            return;
        }
        tx.run(cypher.get("queries/lead/candidate-contacts"), Map.of("byId", ids, "byEmail", emails))
                .forEachRemaining(r -> (r.get("by").asString().equals("id") ? byId : byEmail)
                        .putIfAbsent(r.get("lead").asString(), person(r)));
    }

    /** For each lead with an e-mail, the stored leads the duplicate rule may choose from (absent when none). */
    private Map<String, List<Duplicates.Earlier>> duplicates(List<LeadKeys> keys, Map<String, Instant> createdAt,
            Duration window) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (LeadKeys k : keys) {
            if (k.email() != null) {
                Instant at = createdAt.get(k.leadId());
                rows.add(Map.of("lead", k.leadId(), "email", k.email(), "createdAt", at.atZone(ZoneOffset.UTC),
                        "windowStart", at.minus(window).atZone(ZoneOffset.UTC)));
            }
        }
        Map<String, List<Duplicates.Earlier>> sameEmail = new HashMap<>();
        if (!rows.isEmpty()) {
            tx.run(cypher.get("queries/lead/candidate-duplicates"), Map.of("rows", rows)).forEachRemaining(
                    r -> sameEmail.computeIfAbsent(r.get("lead").asString(), l -> new ArrayList<>()).add(
                            new Duplicates.Earlier(r.get("id").asString(),
                                    r.get("createdAt").asZonedDateTime().toInstant(), r.get("status").asString(null),
                                    r.get("stage").asString(null), r.get("duplicateOf").asString(null))));
        }
        return sameEmail;
    }

    /** The entities each key step found, per lead and step; leads they found nothing for are absent. */
    private Map<String, Map<MatchMethod, List<Candidates.Entity>>> entities(List<LeadKeys> keys) {
        List<Map<String, Object>> leis = lookups(keys, LeadKeys::lei);
        List<Map<String, Object>> domains = new ArrayList<>();
        for (LeadKeys k : keys) {
            Domains.withParents(k.emailDomain()).forEach(d -> domains.add(domainRow(k, MatchMethod.EMAIL_DOMAIN, d)));
            Domains.withParents(k.websiteDomain()).forEach(d -> domains.add(domainRow(k, MatchMethod.WEBSITE_DOMAIN, d)));
        }
        Map<String, Map<MatchMethod, Map<String, Candidates.Entity>>> found = new HashMap<>();
        if (!leis.isEmpty() || !domains.isEmpty()) {
            tx.run(cypher.get("queries/lead/candidate-entities"), Map.of("byLei", leis, "byDomain", domains))
                    .forEachRemaining(r -> found.computeIfAbsent(r.get("lead").asString(), l -> new EnumMap<>(MatchMethod.class))
                            .computeIfAbsent(MatchMethod.valueOf(r.get("step").asString()), s -> new LinkedHashMap<>())
                            .putIfAbsent(r.get("id").asString(), entity(r)));
        }
        Map<String, Map<MatchMethod, List<Candidates.Entity>>> byStep = new HashMap<>();
        found.forEach((lead, steps) -> {
            Map<MatchMethod, List<Candidates.Entity>> lists = new EnumMap<>(MatchMethod.class);
            steps.forEach((step, entities) -> lists.put(step, List.copyOf(entities.values())));
            byStep.put(lead, lists);
        });
        return byStep;
    }

    private Map<String, List<Candidates.Entity>> names(List<LeadKeys> keys, LeadModel.Resolution rules) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (LeadKeys k : keys) {
            String broad = CompanyNames.fullTextQuery(k.companyNormalised());
            if (broad != null) {
                Map<String, Object> row = new HashMap<>();
                row.put("lead", k.leadId());
                row.put("nameQuery", broad);
                row.put("nameQueryAllWords", CompanyNames.fullTextQueryAllWords(k.companyNormalised()));
                row.put("country", k.country());
                rows.add(row);
            }
        }
        Map<String, List<Candidates.Entity>> hits = new HashMap<>();
        if (!rows.isEmpty()) {
            tx.run(cypher.get("queries/lead/candidate-names"), Map.of("rows", rows, "nameCandidates",
                    rules.nameCandidates())).forEachRemaining(
                            r -> hits.computeIfAbsent(r.get("lead").asString(), l -> new ArrayList<>()).add(entity(r)));
        }
        return hits;
    }

    private static List<Map<String, Object>> lookups(List<LeadKeys> keys, Function<LeadKeys, String> key) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (LeadKeys k : keys) {
            String value = key.apply(k);
            if (value != null) {
                rows.add(Map.of("lead", k.leadId(), "key", value));
            }
        }
        return rows;
    }

    private static Map<String, Object> domainRow(LeadKeys k, MatchMethod step, String domain) {
        return Map.of("lead", k.leadId(), "step", step.name(), "key", domain);
    }

    private static Candidates.Person person(Record r) {
        return new Candidates.Person(r.get("contactId").asString(), r.get("contactName").asString(null),
                r.get("entityId").asString(null), r.get("entityName").asString(null), r.get("accountId").asString(null));
    }

    private static Candidates.Entity entity(Record r) {
        String id = r.get("id").asString();
        return new Candidates.Entity(id, r.get("name").asString(id), r.get("jurisdiction").asString(null),
                r.get("domain").asString(null), r.get("accountId").asString(), Candidates.Entity.NOT_COUNTED);
    }
}
