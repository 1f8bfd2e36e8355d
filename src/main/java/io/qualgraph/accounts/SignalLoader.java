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

import io.qualgraph.scoring.CommitteeRole;
import io.qualgraph.scoring.Seniority;
import io.qualgraph.scoring.EngagementType;
import io.qualgraph.entity.Families;
import io.qualgraph.support.Graph;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;
import org.springframework.stereotype.Component;

/**
 * Gathers the scorers' input from the graph: one set-based read per batch of families (firmographics, contacts with
 * their events and roles, intent, per member), never one round trip per contact.
 */
@Component
public class SignalLoader {

    private final Graph graph;

    SignalLoader(Graph graph) {
        this.graph = graph;
    }

    /** Signals of every given family at {@code asOf}, in the families' order, in one read transaction. */
    public List<Signals.Account> accounts(List<Families.Family> families, Instant asOf, ScoringModel model) {
        return graph.read(tx -> accounts(tx, families, asOf, model));
    }

    /** Signals of every given family at {@code asOf} inside the caller's transaction: one statement for all members. */
    public List<Signals.Account> accounts(TransactionContext tx, List<Families.Family> families, Instant asOf,
            ScoringModel model) {
        List<String> ids = families.stream().flatMap(f -> f.members().stream()).map(Families.Member::entityId).toList();
        Map<String, MapAccessor> members = new HashMap<>();
        tx.run(graph.cypher().get("queries/scoring/family-signals"), params(ids, asOf, model))
                .forEachRemaining(r -> members.put(r.get("id").asString(), r));
        return families.stream().map(f -> account(f, members)).toList();
    }

    /** One contact's signals at {@code asOf} with the given control path; empty for an unknown id. */
    public Optional<Signals.Contact> contact(String contactId, Instant asOf, ScoringModel model, List<String> path) {
        Map<String, Object> params = new HashMap<>(params(List.of(), asOf, model));
        params.put("id", contactId);
        return graph.query("queries/scoring/contact-signals-by-id", params, r -> contact(r, r.get("entityId").asString(null),
                r.get("employees").asLong(0), path)).stream().findFirst();
    }

    /** The employer of a contact, if the contact exists and works somewhere we know. */
    public Optional<Optional<String>> employerOf(String contactId) {
        return graph.query("queries/scoring/contact-employer", Map.of("id", contactId),
                r -> Optional.ofNullable(r.get("entityId").asString(null))).stream().findFirst();
    }

    /** The horizon parameters of the signal statements: since, sinceByType and asOf for {@code model}, plus entityIds. */
    static Map<String, Object> params(List<String> ids, Instant asOf, ScoringModel model) {
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

    /**
     * The signals of one family from member rows (a record of family-signals or a member map of account-of-member, by
     * entity id); a member without a row contributes nothing.
     */
    static Signals.Account account(Families.Family family, Map<String, MapAccessor> members) {
        List<Signals.Contact> people = new ArrayList<>();
        List<Signals.Intent> signals = new ArrayList<>();
        long employees = 0;
        boolean regulated = false;
        Map<String, String> names = new HashMap<>();
        for (Families.Member member : family.members()) {
            MapAccessor firm = members.get(member.entityId());
            if (firm != null) {
                String memberName = firm.get("name").asString(null);
                if (memberName != null) {
                    names.put(member.entityId(), memberName);
                }
                long headcount = firm.get("employees").asLong();
                List<String> path = member.controlPath();
                firm.get("contacts").values().forEach(c -> people.add(contact(c, member.entityId(), headcount, path)));
                firm.get("intent").values().forEach(i -> signals.add(intent(i, member.entityId())));
                employees += headcount;
                regulated |= firm.get("regulated").asBoolean();
            }
        }
        MapAccessor parent = members.get(family.ultimateParentId());
        String name = parent == null ? family.ultimateParentId() : parent.get("name").asString(family.ultimateParentId());
        Signals.Firmographics firmographics = new Signals.Firmographics(
                parent == null ? null : parent.get("industry").asString(null),
                parent == null ? null : parent.get("jurisdiction").asString(null), employees, regulated);
        return new Signals.Account(family.ultimateParentId(), name, firmographics, people, signals, names);
    }

    /** A contact row of either statement; {@code path} null means the employer alone. */
    private static Signals.Contact contact(MapAccessor r, String entityId, long employees, List<String> path) {
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
        return new Signals.Contact(r.get("id").asString(), r.get("name").asString(r.get("id").asString()),
                r.get("email").asString(null), seniority == null ? null : Seniority.valueOf(seniority),
                r.get("department").asString(null), entityId, employees,
                path == null ? (entityId == null ? List.of() : List.of(entityId)) : path, events, roles,
                r.get("title").asString(null));
    }

    private static Signals.Intent intent(Value r, String entityId) {
        return new Signals.Intent(r.get("id").asString(), entityId, r.get("topic").asString(null),
                r.get("strength").asDouble(), r.get("observedAt").asZonedDateTime().toInstant());
    }

    private static ZonedDateTime utc(Instant at) {
        return at.atZone(ZoneOffset.UTC);
    }
}
