package io.qualgraph.tools.seed;

import java.time.LocalDate;

/** Natural persons who own companies: founding families at the top, managers holding minority stakes. */
final class Owners {

    private final World world;
    private final Rand rand;

    Owners(World world, Rand rand) {
        this.world = world;
        this.rand = rand;
    }

    void founders(SeedEntity top, Country home) {
        double[] split = rand.pick(FamilyBuilder.founderSplits());
        String surname = rand.pick(home.lastNames());
        LocalDate since = Dates.randomDay(rand, LocalDate.of(1990, 1, 1), LocalDate.of(2022, 12, 31));
        for (double share : split) {
            SeedPerson person = world.person(rand.pick(home.firstNames()) + " " + surname, home.code(), false);
            world.addStake(stake(person.id(), top, share, since));
        }
    }

    void management(SeedEntity entity, Country country, double share, LocalDate since) {
        SeedPerson person = world.person(fullName(country), country.code(), false);
        world.addStake(stake(person.id(), entity, share, since));
    }

    String fullName(Country country) {
        return rand.pick(country.firstNames()) + " " + rand.pick(country.lastNames());
    }

    /** UK registers state most person stakes only as a PSC band (25–50%, 50–75%, 75–100%). */
    private Stake stake(String owner, SeedEntity owned, double share, LocalDate since) {
        String source = FamilyBuilder.source(owned);
        if (owned.jurisdiction().equals("GB") && share >= 0.25 && rand.chance(0.7)) {
            double min = share >= 0.75 ? 0.75 : share >= 0.5 ? 0.5 : 0.25;
            return Stake.band(owner, owned.id(), min, min == 0.75 ? 1.0 : min + 0.25, since, source);
        }
        return Stake.exact(owner, owned.id(), share, since, source);
    }
}
