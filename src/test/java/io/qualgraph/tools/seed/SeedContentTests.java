package io.qualgraph.tools.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.qualgraph.scoring.CommitteeRole;
import io.qualgraph.scoring.Seniority;
import io.qualgraph.scoring.EngagementType;
import org.junit.jupiter.api.Test;

/** The demo seed holds at least what issue 2 asks for, with valid and unique values. */
class SeedContentTests {

    private final Generated seed = Generated.demo();

    @Test
    void meets_the_minimum_counts() {
        assertThat(seed.rows("entities")).hasSizeGreaterThanOrEqualTo(300);
        assertThat(seed.rows("persons")).hasSizeGreaterThanOrEqualTo(60);
        assertThat(seed.rows("contacts")).hasSizeGreaterThanOrEqualTo(1500);
        assertThat(seed.rows("engagements")).hasSizeGreaterThanOrEqualTo(10_000);
        assertThat(seed.rows("opportunities")).hasSizeGreaterThanOrEqualTo(250);
        assertThat(seed.rows("opportunities").stream().filter(o -> !"OPEN".equals(o.get("outcome")))).hasSizeGreaterThanOrEqualTo(200);
        assertThat(seed.rows("intent")).isNotEmpty();
        assertThat(seed.rows("leads")).hasSizeBetween(200, 1000);
    }

    @Test
    void has_at_least_forty_corporate_families_across_industries_and_countries() {
        Set<String> ids = seed.byId("entities").keySet();
        Map<String, Long> sizes = ids.stream().collect(Collectors.groupingBy(id -> seed.ultimateParent(id, ids),
                Collectors.counting()));
        long multiEntity = sizes.values().stream().filter(n -> n > 1).count();
        assertThat(multiEntity).isGreaterThanOrEqualTo(40);
        assertThat(seed.rows("entities").stream().map(e -> e.get("industry")).distinct()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(seed.rows("entities").stream().map(e -> e.get("jurisdiction")).distinct()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(seed.rows("entities")).anyMatch(e -> Boolean.TRUE.equals(e.get("regulated")));
    }

    @Test
    void uses_every_vocabulary_value() {
        assertThat(values("engagements", "type")).containsAll(names(EngagementType.values()));
        assertThat(values("contacts", "seniority")).containsAll(names(Seniority.values()));
        Set<Object> roles = seed.rows("opportunities").stream().flatMap(o -> committee(o).stream())
                .map(s -> s.get("role")).collect(Collectors.toSet());
        assertThat(roles).containsAll(names(CommitteeRole.values()));
        assertThat(values("riskFlags", "type")).contains("SANCTIONED", "PEP", "ADVERSE_MEDIA", "WATCHLIST", "ENFORCEMENT");
    }

    @Test
    void ids_and_emails_are_unique() {
        for (String section : List.of("entities", "persons", "riskFlags", "contacts", "engagements", "opportunities",
                "intent", "leads")) {
            assertThat(seed.rows(section).stream().map(r -> r.get("id")).distinct().count())
                    .as(section).isEqualTo(seed.rows(section).size());
        }
        Set<String> parties = new HashSet<>(seed.byId("entities").keySet());
        assertThat(seed.byId("persons").keySet()).noneMatch(parties::contains);
        assertThat(seed.rows("contacts").stream().map(c -> ((String) c.get("email")).toLowerCase()).distinct().count())
                .isEqualTo(seed.rows("contacts").size());
    }

    @Test
    void every_reference_points_to_an_earlier_or_the_same_chunk() {
        Set<String> known = new HashSet<>();
        for (Map<String, Object> chunk : seed.chunks) {
            chunk.values().forEach(rows -> rows(rows).forEach(r -> known.add((String) r.get("id"))));
            for (Map.Entry<String, Object> section : chunk.entrySet()) {
                for (Map<String, Object> row : rows(section.getValue())) {
                    for (String field : List.of("owner", "owned", "subject", "entity", "contact")) {
                        if (row.containsKey(field)) {
                            assertThat(known.contains((String) row.get(field))).as(section.getKey() + "." + field + " "
                                    + row.get(field)).isTrue();
                        }
                    }
                    committee(row).forEach(s -> assertThat(known.contains((String) s.get("contact"))).isTrue());
                }
            }
        }
    }

    @Test
    void contact_emails_are_mostly_on_company_domains_with_some_personal_student_and_competitor_ones() {
        Set<String> domains = seed.rows("entities").stream().map(e -> (String) e.get("domain")).collect(Collectors.toSet());
        Map<String, Long> kinds = seed.rows("contacts").stream().map(c -> ((String) c.get("email")).split("@")[1])
                .collect(Collectors.groupingBy(d -> domains.contains(d) ? "company"
                        : ContactFactory.COMPETITOR_DOMAINS.contains(d) ? "competitor"
                        : d.endsWith(".edu") || d.endsWith(".ac.uk") ? "student" : "personal", Collectors.counting()));
        assertThat(kinds.get("company")).isGreaterThan(seed.rows("contacts").size() * 3L / 4);
        assertThat(kinds).containsKeys("competitor", "student", "personal");
    }

    @Test
    void leis_have_valid_check_digits() {
        List<String> leis = seed.rows("entities").stream().map(e -> (String) e.get("lei")).filter(l -> l != null).toList();
        assertThat(leis).hasSizeGreaterThan(50).allMatch(Lei::valid);
    }

    @Test
    void times_fall_in_the_eighteen_months_before_the_reference_date() {
        Instant from = Dates.startOf(Generated.DEMO.windowStart());
        Instant to = Dates.startOf(Generated.DEMO.referenceDate());
        for (String[] field : new String[][] {{"engagements", "at"}, {"opportunities", "createdAt"},
                {"intent", "observedAt"}, {"leads", "createdAt"}}) {
            assertThat(seed.rows(field[0])).allSatisfy(r -> assertThat(Generated.instant(r.get(field[1])))
                    .isBetween(from, to));
        }
        assertThat(seed.rows("opportunities")).allSatisfy(o -> {
            if (!"OPEN".equals(o.get("outcome"))) {
                assertThat(Generated.instant(o.get("closedAt"))).isAfter(Generated.instant(o.get("createdAt")))
                        .isBeforeOrEqualTo(to);
            } else {
                assertThat(o).doesNotContainKey("closedAt");
            }
        });
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> rows(Object value) {
        return (List<Map<String, Object>>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> committee(Map<String, Object> row) {
        return (List<Map<String, Object>>) row.getOrDefault("committee", List.of());
    }

    private Set<Object> values(String section, String field) {
        return seed.rows(section).stream().map(r -> r.get(field)).collect(Collectors.toSet());
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
