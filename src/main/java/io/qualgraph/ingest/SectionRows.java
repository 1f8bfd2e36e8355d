package io.qualgraph.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the rows of a valid bundle into the parameter maps of the {@code cypher/ingest} statements:
 * times parsed (dates as Neo4j Date, instants as UTC DateTime) and moved by {@code shiftDays}, null
 * fields left out so that they do not overwrite stored values.
 */
final class SectionRows {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final long shiftDays;

    SectionRows(long shiftDays) {
        this.shiftDays = shiftDays;
    }

    /** Section name to its parameter rows, in write order (committee seats as their own section). */
    Map<String, List<Map<String, Object>>> of(Bundle b) {
        Map<String, List<Map<String, Object>>> sections = new LinkedHashMap<>();
        sections.put("entities", map(b.entities(), r -> node(r.id(), props("name", r.name(), "lei", r.lei(),
                "jurisdiction", r.jurisdiction(), "industry", r.industry(), "employees", r.employees(),
                "annualRevenue", r.annualRevenue(), "domain", r.domain(), "regulated", r.regulated()))));
        sections.put("persons", map(b.persons(), r -> node(r.id(), props("name", r.name(),
                "nationality", r.nationality(), "pep", r.pep()))));
        sections.put("ownership", map(b.ownership(), this::ownership));
        sections.put("riskFlags", map(b.riskFlags(), r -> linked(r.id(), "subject", r.subject(), props("type", r.type(),
                "severity", r.severity(), "source", r.source(), "listedAt", date(r.listedAt()),
                "delistedAt", date(r.delistedAt())))));
        sections.put("contacts", map(b.contacts(), r -> linked(r.id(), "entity", r.entity(), props("name", r.name(),
                "email", lower(r.email()), "title", r.title(),
                "seniority", r.seniority(), "department", r.department()))));
        sections.put("engagements", map(b.engagements(), r -> linked(r.id(), "contact", r.contact(),
                props("type", r.type(), "at", instant(r.at()), "topic", r.topic(), "channel", r.channel()))));
        sections.put("opportunities", map(b.opportunities(), r -> linked(r.id(), "entity", r.entity(),
                props("stage", r.stage(), "outcome", r.outcome(), "amount", r.amount(),
                        "createdAt", instant(r.createdAt()), "closedAt", instant(r.closedAt())))));
        sections.put("committee", committee(b));
        sections.put("intent", map(b.intent(), r -> linked(r.id(), "entity", r.entity(), props("topic", r.topic(),
                "strength", r.strength(), "observedAt", instant(r.observedAt()), "source", r.source()))));
        sections.put("leads", map(b.leads(), this::lead));
        return sections;
    }

    private Map<String, Object> ownership(Bundle.Ownership r) {
        Map<String, Object> props = props("share", r.share(), "shareMin", r.shareMin(), "shareMax", r.shareMax(),
                "since", date(r.since()), "until", date(r.until()), "source", r.source());
        Map<String, Object> row = new HashMap<>();
        row.put("owner", r.owner());
        row.put("owned", r.owned());
        row.put("since", props.get("since"));
        row.put("props", props);
        return row;
    }

    /** A lead row: {@code contact} may be null (resolution links it later); the answers are flat properties. */
    private Map<String, Object> lead(Bundle.Lead r) {
        Bundle.Answers a = r.answers() == null ? new Bundle.Answers(null, null, null, null) : r.answers();
        Map<String, Object> props = props("contactId", r.contact(), "email", lower(r.email()), "name", r.name(), "title", r.title(),
                "seniority", r.seniority(), "department", r.department(), "phone", r.phone(), "company", r.company(),
                "website", r.website(), "country", r.country(), "lei", r.lei(), "source", r.source(),
                "createdAt", instant(r.createdAt()), "status", r.status(), "budget", a.budget(),
                "timeline", a.timeline(), "authority", a.authority(), "need", a.need(),
                "attributes", r.attributes() == null ? null : JSON.writeValueAsString(r.attributes()));
        Map<String, Object> row = new HashMap<>();
        row.put("id", r.id());
        row.put("contact", r.contact());
        row.put("props", props);
        return row;
    }

    private static String lower(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    private static List<Map<String, Object>> committee(Bundle b) {
        List<Map<String, Object>> rows = new ArrayList<>();
        b.opportunities().forEach(o -> o.committee().forEach(s -> rows.add(seat(o.id(), s))));
        b.committee().forEach(s -> rows.add(seat(s.opportunity(), s)));
        return rows;
    }

    private static Map<String, Object> seat(String opportunity, Bundle.CommitteeSeat s) {
        return Map.of("opportunity", opportunity, "contact", s.contact(), "role", s.role());
    }

    private Object date(String text) {
        return Times.date(text, shiftDays);
    }

    private Object instant(String text) {
        return Times.instant(text, shiftDays);
    }

    private static <T> List<Map<String, Object>> map(List<T> rows, Function<T, Map<String, Object>> mapper) {
        return rows.stream().map(mapper).toList();
    }

    private static Map<String, Object> node(String id, Map<String, Object> props) {
        return Map.of("id", id, "props", props);
    }

    private static Map<String, Object> linked(String id, String link, String target, Map<String, Object> props) {
        return Map.of("id", id, link, target, "props", props);
    }

    private static Map<String, Object> props(Object... pairs) {
        Map<String, Object> props = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                props.put((String) pairs[i], pairs[i + 1]);
            }
        }
        return props;
    }
}
