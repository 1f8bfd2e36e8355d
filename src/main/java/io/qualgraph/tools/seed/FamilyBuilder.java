package io.qualgraph.tools.seed;

import java.time.LocalDate;
import java.util.List;

/** Builds one corporate family: a holding, its subsidiaries (some chains deep), their stakes and founders. */
final class FamilyBuilder {

    private static final double[] SIZE_WEIGHTS = {0.2, 0.4, 0.3, 0.1};
    private static final int[][] SIZES = {{1, 2}, {3, 6}, {7, 12}, {13, 24}};
    /** Most families are not in market: the median propensity is well below one half, a few are hot. */
    static final double PROPENSITY_OFFSET = 2.6;
    private static final double[] CONTROLLING = {0.51, 0.6, 0.66, 0.7, 0.75, 0.8, 0.9};

    private final World world;
    private final Rand rand;
    private final Owners owners;

    FamilyBuilder(World world, Rand rand) {
        this.world = world;
        this.rand = rand;
        this.owners = new Owners(world, rand);
    }

    Family build(int index) {
        Country home = Country.ALL.get(rand.weighted(Country.ALL.stream().mapToDouble(Country::homeWeight).toArray()));
        Industry industry = Industry.ALL.get(rand.weighted(Industry.ALL.stream().mapToDouble(Industry::weight).toArray()));
        int[] range = SIZES[rand.weighted(SIZE_WEIGHTS)];
        int size = rand.between(range[0], range[1]);
        long employees = Math.round(Math.min(300_000, Math.max(15, rand.logNormal(700 * (0.6 + size / 5.0), 1.1))));
        double fit = industry.fit() + home.fit() + sizeFit(employees);
        double propensity = Rand.sigmoid(1.3 * fit - PROPENSITY_OFFSET + 0.8 * rand.gaussian());
        Family family = new Family(index, Stems.next(rand, world), home, industry, fit, propensity);
        EntityFactory factory = new EntityFactory(world, rand);
        family.members.add(factory.top(family.stem, home, industry, employees, size == 1));
        for (int i = 1; i < size; i++) {
            boolean deepen = index % 8 == 0 || rand.chance(0.5);
            SeedEntity parent = deepen ? family.members.get(i - 1) : rand.pick(family.members);
            SeedEntity child = factory.subsidiary(family.stem, home, industry, employees, parent.depth() + 1);
            family.members.add(child);
            controlledBy(parent, child);
        }
        if (rand.chance(0.45)) {
            owners.founders(family.top(), home);
        }
        return family;
    }

    /** Fit peaks for groups of roughly 1,000–10,000 employees. */
    static double sizeFit(long employees) {
        double x = Math.log10(Math.max(employees, 1)) - 3.4;
        return 0.4 - 0.35 * x * x;
    }

    private void controlledBy(SeedEntity parent, SeedEntity child) {
        double share = rand.chance(0.6) ? 1.0 : CONTROLLING[rand.between(0, CONTROLLING.length - 1)];
        LocalDate since = rand.chance(0.8) ? Dates.randomDay(rand, LocalDate.of(1995, 1, 1), LocalDate.of(2024, 12, 31))
                : null;
        world.addStake(Stake.exact(parent.id(), child.id(), share, since, source(child)));
        if (share < 1.0 && rand.chance(0.25)) {
            owners.management(child, Country.of(child.jurisdiction()), Rows.round(1.0 - share, 2), since);
        }
    }

    static String source(SeedEntity owned) {
        return switch (owned.jurisdiction()) {
            case "GB" -> "UK PSC register";
            case "DE", "AT", "CH" -> "Handelsregister";
            default -> owned.lei() != null ? "GLEIF" : "company register";
        };
    }

    static List<double[]> founderSplits() {
        return List.of(new double[] {1.0}, new double[] {0.75}, new double[] {0.6}, new double[] {0.51},
                new double[] {0.5, 0.3}, new double[] {0.4, 0.35}, new double[] {0.6, 0.4},
                new double[] {0.34, 0.33, 0.33}, new double[] {0.4, 0.2, 0.15});
    }
}
