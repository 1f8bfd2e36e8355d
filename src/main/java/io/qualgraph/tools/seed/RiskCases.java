package io.qualgraph.tools.seed;

import java.time.LocalDate;
import java.util.Iterator;

/** PEPs, adverse media, watch lists, enforcement, a listed subsidiary and owners in FATF high-risk countries. */
final class RiskCases {

    private final World world;
    private final Rand rand;
    private final Iterator<Family> free;

    RiskCases(World world, Rand rand, Iterator<Family> widelyHeld) {
        this.world = world;
        this.rand = rand;
        this.free = widelyHeld;
    }

    void plant() {
        pep(0.40, "a beneficial owner");
        pep(0.30, "a beneficial owner");
        pep(0.10, "below the 25% beneficial-owner threshold, so it should not raise the level");
        SeedEntity media = free.next().top();
        world.flag(media.id(), "ADVERSE_MEDIA", "MEDIUM", "news screening", LocalDate.of(2026, 3, 2), null);
        world.note("Adverse media", String.format("%s (%s) carries an ADVERSE_MEDIA flag since 2026-03-02.",
                media.name(), media.id()));
        SeedEntity watched = free.next().top();
        world.flag(watched.id(), "WATCHLIST", "LOW", "internal watch list", LocalDate.of(2025, 11, 20), null);
        SeedEntity fined = world.families.stream().filter(f -> f.industry.regulated()).findFirst().orElseThrow().top();
        world.flag(fined.id(), "ENFORCEMENT", "MEDIUM", "financial supervisor fine", LocalDate.of(2025, 8, 14), null);
        world.note("Watch list and enforcement", String.format("%s (%s) is on an internal WATCHLIST; %s (%s) has an "
                + "ENFORCEMENT flag (a supervisor's fine).", watched.name(), watched.id(), fined.name(), fined.id()));
        listedSubsidiary();
        highRiskOwner("MM", "Yangon", 0.08);
        highRiskOwner("IR", "Tehran", 0.04);
    }

    private void pep(double share, String why) {
        SeedEntity entity = free.next().top();
        Country country = Country.of(entity.jurisdiction());
        SeedPerson person = world.person(rand.pick(country.firstNames()) + " " + rand.pick(country.lastNames()),
                country.code(), true);
        world.flag(person.id(), "PEP", "MEDIUM", "national PEP register", LocalDate.of(2019, 1, 1), null);
        world.addStake(Stake.exact(person.id(), entity.id(), share, LocalDate.of(2017, 9, 1), FamilyBuilder.source(entity)));
        world.note("PEP owner at " + Math.round(share * 100) + "%", String.format("%s (%s, pep=true, PEP flag) holds "
                + "%d%% of %s (%s): %s.", person.name(), person.id(), Math.round(share * 100), entity.name(),
                entity.id(), why));
    }

    private void listedSubsidiary() {
        Family family = world.families.stream()
                .filter(f -> f.members.stream().anyMatch(e -> e.depth() == 1 && !world.ownsNothing(e.id())))
                .skip(3).findFirst().orElseThrow();
        SeedEntity listed = family.members.stream().filter(e -> e.depth() == 1 && !world.ownsNothing(e.id()))
                .findFirst().orElseThrow();
        world.flag(listed.id(), "SANCTIONED", "HIGH", "OFAC SDN", LocalDate.of(2025, 6, 12), null);
        world.note("Sanctions: a listed subsidiary", String.format("%s (%s) is itself listed since 2025-06-12; what it "
                + "controls is blocked through it, its parent %s (%s) is not.", listed.name(), listed.id(),
                family.top().name(), family.top().id()));
    }

    private void highRiskOwner(String code, String city, double share) {
        SeedEntity target = free.next().top();
        String id = world.entityId(null);
        String name = Stems.next(rand, world) + " Trading Company Limited";
        SeedEntity owner = new SeedEntity(id, name, null, code, "Logistics", rand.between(10, 80),
                rand.between(1, 20) * 100_000.0, null, false, 0);
        Family lone = new Family(world.families.size(), name, Country.of("GB"), Industry.of("Logistics"), -2, 0.01);
        lone.members.add(owner);
        world.families.add(lone);
        world.addStake(Stake.exact(owner.id(), target.id(), share, LocalDate.of(2021, 5, 4), "company register"));
        world.note("Owner in a FATF high-risk jurisdiction (" + code + ")", String.format("%s (%s, registered in %s, "
                + "%s) holds %d%% of %s (%s).", name, id, city, code, Math.round(share * 100), target.name(),
                target.id()));
    }
}
