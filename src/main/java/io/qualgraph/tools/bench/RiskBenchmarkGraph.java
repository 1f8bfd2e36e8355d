package io.qualgraph.tools.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.qualgraph.risk.RiskFlagType;
import io.qualgraph.risk.RiskGraph;

/**
 * A seeded synthetic KYC graph: families of entities (trees of 60–90% stakes under a holding), minority cross
 * stakes between families, persons owning the holdings, 1% of persons listed, some PEPs and high-risk jurisdictions.
 */
record RiskBenchmarkGraph(List<Map<String, Object>> entities, List<Map<String, Object>> persons,
        List<Map<String, Object>> stakes, List<Map<String, Object>> flags, String newlyListed) {

    static RiskBenchmarkGraph build(int entityCount, long seed) {
        Random random = new Random(seed);
        LocalDate since = LocalDate.parse("2015-01-01");
        List<Map<String, Object>> entities = new ArrayList<>();
        List<Map<String, Object>> persons = new ArrayList<>();
        List<Map<String, Object>> stakes = new ArrayList<>();
        List<Map<String, Object>> flags = new ArrayList<>();
        String[] countries = {"DE", "FR", "GB", "US", "NL", "IR", "CH", "SE"};
        int personCount = entityCount / 3;
        for (int i = 0; i < entityCount; i++) {
            entities.add(Map.of("id", "BR-E" + i, "jurisdiction", countries[random.nextInt(countries.length)].equals("IR")
                    && random.nextInt(10) > 0 ? "DE" : countries[random.nextInt(countries.length)]));
            int family = 10;
            if (i % family != 0) {
                int parent = i - 1 - random.nextInt(i % family);
                stakes.add(stake("BR-E" + parent, "BR-E" + i, 0.6 + random.nextInt(4) * 0.1, since));
            } else if (i > 0 && random.nextInt(4) == 0) {
                stakes.add(stake("BR-E" + random.nextInt(i), "BR-E" + i, 0.1 + random.nextInt(4) * 0.1, since));
            }
        }
        for (int i = 0; i < personCount; i++) {
            persons.add(Map.of("id", "BR-P" + i, "pep", random.nextInt(500) == 0));
            stakes.add(stake("BR-P" + i, "BR-E" + (random.nextInt(entityCount / 10) * 10), 0.25 + random.nextInt(3) * 0.1, since));
            if (random.nextInt(100) == 0) {
                flags.add(Map.of("id", "BR-F" + i, "subject", "BR-P" + i, "type", "SANCTIONED", "listedAt", since));
            }
        }
        Map<String, Object> biggest = stakes.get(stakes.size() - 1);
        return new RiskBenchmarkGraph(entities, persons, stakes, flags, (String) biggest.get("owner"));
    }

    /** The same graph as pure data, for timing the computation alone. */
    RiskGraph toRiskGraph() {
        Map<String, RiskGraph.Party> parties = new HashMap<>();
        entities.forEach(e -> parties.put((String) e.get("id"), new RiskGraph.Party((String) e.get("id"), null, false,
                (String) e.get("jurisdiction"), false)));
        persons.forEach(p -> parties.put((String) p.get("id"), new RiskGraph.Party((String) p.get("id"), null, true, null,
                (Boolean) p.get("pep"))));
        List<RiskGraph.Stake> s = stakes.stream().map(r -> new RiskGraph.Stake((String) r.get("owner"), (String) r.get("owned"),
                (Double) r.get("share"), null, null, (LocalDate) r.get("since"), null, "benchmark")).toList();
        List<RiskGraph.Flag> f = flags.stream().map(r -> new RiskGraph.Flag((String) r.get("id"), (String) r.get("subject"),
                RiskFlagType.SANCTIONED, "benchmark list", (LocalDate) r.get("listedAt"), null)).toList();
        return new RiskGraph(parties, s, f);
    }

    private static Map<String, Object> stake(String owner, String owned, double share, LocalDate since) {
        return Map.of("owner", owner, "owned", owned, "share", Math.min(1.0, share), "since", since);
    }
}
