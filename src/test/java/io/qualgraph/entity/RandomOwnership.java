package io.qualgraph.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Seeded random ownership graphs: cycles, self-ownership, bands, unknown shares, dated and repeated stakes, persons. */
final class RandomOwnership {

    /** One OWNS relationship; any share field and either date may be null. */
    record Edge(String owner, String owned, Double share, Double shareMin, Double shareMax, LocalDate since, LocalDate until) {
    }

    /** A graph: entity ids and person ids (each list in id order), stakes, and interesting days to ask about. */
    record Graph(long seed, List<String> entities, List<String> persons, List<Edge> edges, List<LocalDate> days) {
    }

    private static final double[] SHARES = {0.05, 0.1, 0.2, 0.25, 0.3, 0.4, 0.5, 0.51, 0.6, 0.75, 0.9, 1.0};
    private static final double[][] BANDS = {{0.25, 0.5}, {0.5, 0.75}, {0.75, 1.0}, {0.1, 0.3}, {0.2, 0.6}};

    private RandomOwnership() {
    }

    static Graph generate(long seed, String prefix, LocalDate today) {
        Random random = new Random(seed);
        int entityCount = 1 + random.nextInt(9);
        int personCount = random.nextInt(4);
        List<String> entities = new ArrayList<>();
        List<String> persons = new ArrayList<>();
        for (int i = 0; i < entityCount; i++) {
            entities.add(prefix + "E" + i);
        }
        for (int i = 0; i < personCount; i++) {
            persons.add(prefix + "P" + i);
        }
        List<LocalDate> dates = List.of(today.minusDays(900), today.minusDays(300), today.minusDays(1), today,
                today.plusDays(1), today.plusDays(400));
        List<Edge> edges = new ArrayList<>();
        int edgeCount = random.nextInt(2 * entityCount + personCount + 1);
        for (int i = 0; i < edgeCount; i++) {
            int ownerIndex = random.nextInt(entityCount + personCount);
            String owner = ownerIndex < entityCount ? entities.get(ownerIndex) : persons.get(ownerIndex - entityCount);
            String owned = entities.get(random.nextInt(entityCount));
            edges.add(edge(random, owner, owned, dates));
            if (random.nextInt(8) == 0) {
                edges.add(edge(random, owner, owned, dates));
            }
        }
        List<LocalDate> days = new ArrayList<>(List.of(today));
        days.add(dates.get(random.nextInt(dates.size())));
        days.add(today.minusDays(random.nextInt(1200)));
        return new Graph(seed, entities, persons, edges, days);
    }

    private static Edge edge(Random random, String owner, String owned, List<LocalDate> dates) {
        Double share = null;
        Double min = null;
        Double max = null;
        int kind = random.nextInt(10);
        if (kind < 6) {
            share = random.nextBoolean() ? SHARES[random.nextInt(SHARES.length)] : Math.round(random.nextDouble() * 1000) / 1000.0;
        } else if (kind < 9) {
            double[] band = BANDS[random.nextInt(BANDS.length)];
            min = band[0];
            max = band[1];
        }
        LocalDate since = random.nextInt(3) == 0 ? dates.get(random.nextInt(dates.size())) : null;
        LocalDate until = random.nextInt(3) == 0 ? dates.get(random.nextInt(dates.size())) : null;
        if (since != null && until != null && !until.isAfter(since)) {
            until = null;
        }
        return new Edge(owner, owned, share, min, max, since, until);
    }
}
