package io.qualgraph.tools.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The ownership graph of the demo seed holds the structures and sanctions cases the rules must handle. */
class SeedOwnershipTests {

    private final Generated seed = Generated.demo();
    private final Set<String> entityIds = seed.byId("entities").keySet();

    @Test
    void contains_an_ownership_cycle() {
        Map<String, List<String>> owns = new HashMap<>();
        seed.currentStakes().forEach(s -> owns.computeIfAbsent((String) s.get("owner"), k -> new ArrayList<>())
                .add((String) s.get("owned")));
        assertThat(owns.keySet()).anyMatch(start -> reaches(owns, start, start, new HashSet<>()));
    }

    @Test
    void contains_a_control_chain_four_or_more_deep() {
        int deepest = 0;
        for (String id : entityIds) {
            int depth = 0;
            String current = id;
            Set<String> seen = new HashSet<>();
            while (seen.add(current) && !current.equals(seed.ultimateParent(current, entityIds))) {
                current = controllerOf(current);
                depth++;
            }
            deepest = Math.max(deepest, depth);
        }
        assertThat(deepest).isGreaterThanOrEqualTo(4);
    }

    @Test
    void contains_minority_stakes_joint_ventures_ended_stakes_and_bands() {
        List<Map<String, Object>> stakes = seed.rows("ownership");
        assertThat(seed.currentStakes()).anyMatch(s -> entityIds.contains((String) s.get("owner"))
                && s.get("share") instanceof Double share && share >= 0.2 && share < 0.5
                && !seed.ultimateParent((String) s.get("owner"), entityIds)
                        .equals(seed.ultimateParent((String) s.get("owned"), entityIds)));
        Map<String, Long> halves = new HashMap<>();
        stakes.stream().filter(s -> Double.valueOf(0.5).equals(s.get("share")) && entityIds.contains((String) s.get("owner")))
                .forEach(s -> halves.merge((String) s.get("owned"), 1L, Long::sum));
        assertThat(halves.values()).contains(2L);
        assertThat(stakes).anyMatch(s -> s.containsKey("until"));
        assertThat(stakes).anyMatch(s -> s.containsKey("shareMin") && !s.containsKey("share"));
    }

    @Test
    void stakes_in_one_entity_never_exceed_one_hundred_percent() {
        Map<String, Double> totals = new HashMap<>();
        seed.currentStakes().forEach(s -> totals.merge((String) s.get("owned"),
                (Double) s.getOrDefault("share", s.get("shareMax")), Double::sum));
        assertThat(totals.values()).allMatch(total -> total <= 1.0 + 1e-9);
    }

    @Test
    void one_entity_is_blocked_only_by_aggregating_listed_owners_and_one_through_a_blocked_intermediary() {
        Set<String> aggregate = blocked(true);
        Set<String> single = blocked(false);
        Set<String> listed = seed.activelyListed();
        assertThat(aggregate).anyMatch(e -> !single.contains(e));
        assertThat(aggregate).anyMatch(e -> !listed.contains(e) && seed.currentStakes().stream().anyMatch(s ->
                s.get("owned").equals(e) && entityIds.contains((String) s.get("owner"))
                        && aggregate.contains((String) s.get("owner")) && !listed.contains((String) s.get("owner"))));
        assertThat(entityIds).anyMatch(e -> !aggregate.contains(e) && Math.abs(blockedShare(e, aggregate) - 0.4999) < 1e-9);
    }

    @Test
    void flags_peps_adverse_media_ended_listings_and_owners_in_high_risk_countries() {
        Map<String, Map<String, Object>> persons = seed.byId("persons");
        assertThat(seed.rows("riskFlags")).filteredOn(f -> "PEP".equals(f.get("type")))
                .hasSizeGreaterThanOrEqualTo(2)
                .allMatch(f -> Boolean.TRUE.equals(persons.get((String) f.get("subject")).get("pep")));
        assertThat(seed.rows("riskFlags")).anyMatch(f -> "ADVERSE_MEDIA".equals(f.get("type")))
                .anyMatch(f -> "SANCTIONED".equals(f.get("type")) && f.containsKey("delistedAt"));
        Set<String> highRisk = new HashSet<>();
        seed.rows("entities").stream().filter(e -> List.of("IR", "KP", "MM").contains(e.get("jurisdiction")))
                .forEach(e -> highRisk.add((String) e.get("id")));
        assertThat(seed.currentStakes()).anyMatch(s -> highRisk.contains((String) s.get("owner")));
    }

    private Set<String> blocked(boolean aggregate) {
        Set<String> blocked = new HashSet<>(seed.activelyListed());
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String e : entityIds) {
                boolean hit = aggregate ? blockedShare(e, blocked) >= 0.5 : seed.currentStakes().stream().anyMatch(s ->
                        s.get("owned").equals(e) && blocked.contains((String) s.get("owner"))
                                && s.get("share") instanceof Double share && share > 0.5);
                if (hit && blocked.add(e)) {
                    changed = true;
                }
            }
        }
        return blocked;
    }

    private double blockedShare(String entity, Set<String> blocked) {
        return seed.currentStakes().stream().filter(s -> s.get("owned").equals(entity)
                && blocked.contains((String) s.get("owner")) && s.get("share") != null)
                .mapToDouble(s -> (Double) s.get("share")).sum();
    }

    private String controllerOf(String entity) {
        return seed.currentStakes().stream().filter(s -> s.get("owned").equals(entity)
                && entityIds.contains((String) s.get("owner")) && s.get("share") instanceof Double share && share > 0.5)
                .map(s -> (String) s.get("owner")).findFirst().orElse(entity);
    }

    private static boolean reaches(Map<String, List<String>> owns, String from, String target, Set<String> seen) {
        for (String next : owns.getOrDefault(from, List.of())) {
            if (next.equals(target) || seen.add(next) && reaches(owns, next, target, seen)) {
                return true;
            }
        }
        return false;
    }
}
