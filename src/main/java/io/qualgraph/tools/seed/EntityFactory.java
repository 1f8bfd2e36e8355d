package io.qualgraph.tools.seed;

import java.util.List;

/** Names, domains, identifiers and firmographics of one new legal entity in a family. */
final class EntityFactory {

    private static final List<String> OPERATING = List.of("Services", "Digital", "Trading", "Solutions",
            "Operations", "Distribution", "Technology", "International");
    private static final List<String> VEHICLES = List.of("Finance", "Real Estate", "Leasing", "Capital",
            "Beteiligungs", "Verwaltungs");

    private final World world;
    private final Rand rand;

    EntityFactory(World world, Rand rand) {
        this.world = world;
        this.rand = rand;
    }

    SeedEntity top(String stem, Country home, Industry industry, long employees, boolean alone) {
        String name = alone ? stem + " " + rand.pick(industry.words()) + " " + rand.pick(home.legalForms())
                : stem + " " + home.holdingForm();
        return create(unique(name, stem, home, industry), home, industry, employees, domain(stem, null, home), 0, true);
    }

    SeedEntity subsidiary(String stem, Country home, Industry industry, long groupEmployees, int depth) {
        Country country = rand.chance(0.3)
                ? Country.ALL.get(rand.weighted(Country.ALL.stream().mapToDouble(Country::homeWeight).toArray())) : home;
        boolean vehicle = rand.chance(0.2);
        String descriptor = vehicle ? rand.pick(VEHICLES)
                : country != home ? country.label()
                : rand.chance(0.5) ? rand.pick(industry.words()) : rand.pick(OPERATING);
        String name = unique(stem + " " + descriptor + " " + rand.pick(country.legalForms()), stem, country, industry);
        long employees = vehicle ? rand.between(2, 40) : Math.max(5, Math.round(groupEmployees * rand.uniform(0.05, 0.5)));
        String domain = vehicle ? null : domain(stem, country == home ? descriptor : null, country);
        return create(name, country, industry, employees, domain, depth, !vehicle);
    }

    private SeedEntity create(String name, Country country, Industry industry, long employees, String domain,
            int depth, boolean operating) {
        boolean regulated = industry.regulated() && operating;
        String lei = rand.chance(regulated ? 0.85 : depth == 0 ? 0.55 : 0.25) ? Lei.next(rand) : null;
        double revenue = Math.round(employees * industry.revenuePerEmployee() * rand.logNormal(1, 0.25) / 1000) * 1000.0;
        return new SeedEntity(world.entityId(lei), name, lei, country.code(), industry.name(), employees, revenue,
                domain, regulated, depth);
    }

    /**
     * The name if free, else another descriptor, then a regional qualifier ("Lionhurst Nordic Technology Ltd"), as
     * groups name their companies; a number only once a huge scale has used up every combination.
     */
    private String unique(String name, String stem, Country country, Industry industry) {
        String candidate = name;
        for (int attempt = 0; !world.claimName(candidate); attempt++) {
            String descriptor = rand.chance(0.5) ? rand.pick(industry.words()) : rand.pick(OPERATING);
            String qualifier = attempt < 8 ? "" : rand.pick(Stems.QUALIFIERS) + " ";
            String number = attempt < Stems.EXHAUSTED ? "" : " " + (attempt - Stems.EXHAUSTED + 2);
            candidate = stem + " " + qualifier + descriptor + number + " " + rand.pick(country.legalForms());
        }
        return candidate;
    }

    private String domain(String stem, String descriptor, Country country) {
        String base = Stems.ascii(stem) + (descriptor == null ? "" : "-" + Stems.ascii(descriptor));
        for (int i = 0; i < 5; i++) {
            String candidate = base + (i == 0 ? "" : "-" + i) + "." + country.tld();
            if (world.claimDomain(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
