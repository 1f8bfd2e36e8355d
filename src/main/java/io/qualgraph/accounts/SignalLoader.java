package io.qualgraph.accounts;

import io.qualgraph.scoring.Signals;
import io.qualgraph.scoring.ScoringModel;
import io.qualgraph.scoring.Horizon;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.qualgraph.contact.CommitteeRole;
import io.qualgraph.contact.Seniority;
import io.qualgraph.engagement.EngagementType;
import io.qualgraph.entity.Families;
import io.qualgraph.support.Graph;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * Gathers the scorers' input from the graph: three set-based reads per batch of families (contacts with
 * their events and roles, firmographics, intent), never one round trip per contact.
 */
@Component
public class SignalLoader {

    private final Graph graph;

    SignalLoader(Graph graph) {
        this.graph = graph;
    }

    /** Signals of every given family at {@code asOf}, in the families' order. */
    public List<Signals.Account> accounts(List<Families.Family> families, Instant asOf, ScoringModel model) {
        Map<String, List<String>> pathOf = new HashMap<>();
        List<String> ids = new ArrayList<>();
        families.forEach(f -> f.members().forEach(m -> {
            pathOf.put(m.entityId(), m.controlPath());
            ids.add(m.entityId());
        }));
        Map<String, Object> params = params(ids, asOf, model);
        return graph.read(tx -> {
            Map<String, List<Signals.Contact>> contacts = new HashMap<>();
            tx.run(graph.cypher().get("queries/scoring/contact-signals"), params).forEachRemaining(r -> contacts
                    .computeIfAbsent(r.get("entityId").asString(), k -> new ArrayList<>())
                    .add(contact(r, pathOf.get(r.get("entityId").asString()))));
            Map<String, Record> firms = new HashMap<>();
            tx.run(graph.cypher().get("queries/scoring/firmographics"), params)
                    .forEachRemaining(r -> firms.put(r.get("id").asString(), r));
            Map<String, List<Signals.Intent>> intent = new HashMap<>();
            tx.run(graph.cypher().get("queries/scoring/intent-signals"), params).forEachRemaining(r -> intent
                    .computeIfAbsent(r.get("entityId").asString(), k -> new ArrayList<>()).add(intent(r)));
            return families.stream().map(f -> account(f, contacts, firms, intent)).toList();
        });
    }

    /** One contact's signals at {@code asOf} with the given control path; empty for an unknown id. */
    public Optional<Signals.Contact> contact(String contactId, Instant asOf, ScoringModel model, List<String> path) {
        Map<String, Object> params = new HashMap<>(params(List.of(), asOf, model));
        params.put("id", contactId);
        return graph.query("queries/scoring/contact-signals-by-id", params, r -> contact(r, path)).stream().findFirst();
    }

    /** The employer of a contact, if the contact exists and works somewhere we know. */
    public Optional<Optional<String>> employerOf(String contactId) {
        return graph.query("queries/scoring/contact-employer", Map.of("id", contactId),
                r -> Optional.ofNullable(r.get("entityId").asString(null))).stream().findFirst();
    }

    private static Map<String, Object> params(List<String> ids, Instant asOf, ScoringModel model) {
        Map<String, Object> sinceByType = new HashMap<>();
        for (EngagementType type : EngagementType.values()) {
            sinceByType.put(type.name(), utc(before(asOf, Horizon.days(model, type))));
        }
        return Map.of("entityIds", ids, "asOf", utc(asOf), "since", utc(before(asOf, Horizon.days(model))),
                "sinceByType", sinceByType);
    }

    private static Instant before(Instant asOf, int days) {
        return days == Integer.MAX_VALUE ? Instant.EPOCH : asOf.minus(Duration.ofDays(days));
    }

    private static Signals.Account account(Families.Family family, Map<String, List<Signals.Contact>> contacts,
            Map<String, Record> firms, Map<String, List<Signals.Intent>> intent) {
        List<Signals.Contact> people = new ArrayList<>();
        List<Signals.Intent> signals = new ArrayList<>();
        long employees = 0;
        boolean regulated = false;
        for (Families.Member member : family.members()) {
            people.addAll(contacts.getOrDefault(member.entityId(), List.of()));
            signals.addAll(intent.getOrDefault(member.entityId(), List.of()));
            Record firm = firms.get(member.entityId());
            if (firm != null) {
                employees += firm.get("employees").asLong();
                regulated |= firm.get("regulated").asBoolean();
            }
        }
        Record parent = firms.get(family.ultimateParentId());
        String name = parent == null ? family.ultimateParentId() : parent.get("name").asString(family.ultimateParentId());
        Signals.Firmographics firmographics = new Signals.Firmographics(
                parent == null ? null : parent.get("industry").asString(null),
                parent == null ? null : parent.get("jurisdiction").asString(null), employees, regulated);
        return new Signals.Account(family.ultimateParentId(), name, firmographics, people, signals);
    }

    private static Signals.Contact contact(Record r, List<String> path) {
        List<Signals.Event> events = new ArrayList<>();
        for (Value e : r.get("events").values()) {
            if (!e.get("id").isNull()) {
                events.add(new Signals.Event(e.get("id").asString(), EngagementType.valueOf(e.get("type").asString()),
                        e.get("at").asZonedDateTime().toInstant()));
            }
        }
        Set<CommitteeRole> roles = EnumSet.noneOf(CommitteeRole.class);
        r.get("roles").values().forEach(v -> roles.add(CommitteeRole.valueOf(v.asString())));
        String seniority = r.get("seniority").asString(null);
        String entityId = r.get("entityId").asString(null);
        return new Signals.Contact(r.get("id").asString(), r.get("name").asString(r.get("id").asString()),
                r.get("email").asString(null), seniority == null ? null : Seniority.valueOf(seniority),
                r.get("department").asString(null), entityId, r.get("employees").asLong(0),
                path == null ? (entityId == null ? List.of() : List.of(entityId)) : path, events, roles);
    }

    private static Signals.Intent intent(Record r) {
        return new Signals.Intent(r.get("id").asString(), r.get("entityId").asString(), r.get("topic").asString(null),
                r.get("strength").asDouble(), r.get("observedAt").asZonedDateTime().toInstant());
    }

    private static ZonedDateTime utc(Instant at) {
        return at.atZone(ZoneOffset.UTC);
    }
}
