package io.qualgraph.tools.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Outcomes depend on signals plausibly: a model trained on the seed can learn something real. */
class SeedOutcomeTests {

    private final Generated seed = Generated.demo();
    private final List<Family> families = SeedGenerator.world(Generated.DEMO).families;

    @Test
    void families_with_top_quartile_propensity_win_clearly_more_often_than_the_bottom_quartile() {
        Map<String, Family> familyOf = familyOfEntity();
        List<Map<String, Object>> closed = closed();
        closed.sort(Comparator.comparingDouble(o -> familyOf.get((String) o.get("entity")).propensity));
        int quarter = closed.size() / 4;
        double bottom = winRate(closed.subList(0, quarter));
        double top = winRate(closed.subList(closed.size() - quarter, closed.size()));
        assertThat(top).isGreaterThan(bottom + 0.15);
    }

    @Test
    void deals_preceded_by_a_demo_request_in_the_family_within_sixty_days_win_more_often() {
        Map<String, Family> familyOf = familyOfEntity();
        Map<String, Family> familyOfContact = new HashMap<>();
        seed.rows("contacts").forEach(c -> familyOfContact.put((String) c.get("id"), familyOf.get((String) c.get("entity"))));
        Map<Family, List<Instant>> demos = new HashMap<>();
        seed.rows("engagements").stream().filter(e -> "DEMO_REQUEST".equals(e.get("type"))).forEach(e -> demos
                .computeIfAbsent(familyOfContact.get((String) e.get("contact")), f -> new ArrayList<>())
                .add(Generated.instant(e.get("at"))));
        List<Map<String, Object>> with = new ArrayList<>();
        List<Map<String, Object>> without = new ArrayList<>();
        for (Map<String, Object> o : closed()) {
            Instant created = Generated.instant(o.get("createdAt"));
            boolean demo = demos.getOrDefault(familyOf.get((String) o.get("entity")), List.of()).stream()
                    .anyMatch(at -> at.isBefore(created) && Duration.between(at, created).toDays() < 60);
            (demo ? with : without).add(o);
        }
        assertThat(with).hasSizeGreaterThan(50);
        assertThat(without).hasSizeGreaterThan(50);
        assertThat(winRate(with)).isGreaterThan(winRate(without) + 0.1);
    }

    @Test
    void committees_are_drawn_from_the_opportunitys_family() {
        Map<String, Family> familyOf = familyOfEntity();
        Map<String, Map<String, Object>> contacts = seed.byId("contacts");
        for (Map<String, Object> o : seed.rows("opportunities")) {
            List<Map<String, Object>> committee = SeedContentTests.committee(o);
            assertThat(committee).hasSizeBetween(1, 6);
            committee.forEach(s -> assertThat(familyOf.get((String) contacts.get((String) s.get("contact")).get("entity")))
                    .isSameAs(familyOf.get((String) o.get("entity"))));
        }
    }

    private Map<String, Family> familyOfEntity() {
        Map<String, Family> map = new HashMap<>();
        families.forEach(f -> f.members.forEach(e -> map.put(e.id(), f)));
        return map;
    }

    private List<Map<String, Object>> closed() {
        return new ArrayList<>(seed.rows("opportunities").stream().filter(o -> !"OPEN".equals(o.get("outcome"))).toList());
    }

    private static double winRate(List<Map<String, Object>> deals) {
        return deals.stream().filter(o -> "WON".equals(o.get("outcome"))).count() / (double) deals.size();
    }
}
