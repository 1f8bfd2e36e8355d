package io.qualgraph.tools.bench;

import java.util.ArrayList;
import java.util.List;

import io.qualgraph.entity.OwnsRow;

/**
 * A generated graph for the structure benchmark: entity and person ids, stakes, and the entity whose structure is
 * timed. Ids carry the prefix {@code BENCH-} and the graph's name.
 */
record BenchmarkGraph(String name, List<String> entities, List<String> persons, List<OwnsRow> stakes, String target) {

    /** A family of {@code size} entities: a tree of controlling stakes with {@code fanOut} children each, two persons on top. */
    static BenchmarkGraph family(String name, int size, int fanOut) {
        String prefix = "BENCH-" + name + "-";
        List<String> entities = new ArrayList<>();
        List<OwnsRow> stakes = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            entities.add(prefix + "E" + i);
            if (i > 0) {
                stakes.add(stake(prefix + "E" + ((i - 1) / fanOut), prefix + "E" + i, 0.6 + (i % 4) * 0.1, false));
            }
        }
        List<String> persons = List.of(prefix + "P0", prefix + "P1");
        stakes.add(stake(persons.get(0), prefix + "E0", 0.4, true));
        stakes.add(stake(persons.get(1), prefix + "E0", 0.35, true));
        return new BenchmarkGraph(name, entities, persons, stakes, entities.get(size - 1));
    }

    /** A holding with {@code size} direct subsidiaries; the holding itself is timed. */
    static BenchmarkGraph holding(String name, int size) {
        BenchmarkGraph star = family(name, size + 1, size);
        return new BenchmarkGraph(name, star.entities, star.persons, star.stakes, star.entities.get(0));
    }

    private static OwnsRow stake(String owner, String owned, double share, boolean person) {
        return new OwnsRow(owner, owner, person, owned, Math.min(1, share), null, null, null, null);
    }
}
