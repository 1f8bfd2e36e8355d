package io.qualgraph.tools.seed;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;

/**
 * Sanctions situations planted once per dataset so that the aggregate 50% rule, blocked intermediaries and
 * listing dates all matter. Each one takes the next widely held family (a top entity with no owners yet).
 */
final class SanctionsCases {

    private final World world;
    private final Rand rand;
    private final Iterator<Family> free;

    SanctionsCases(World world, Rand rand, Iterator<Family> widelyHeld) {
        this.world = world;
        this.rand = rand;
        this.free = widelyHeld;
    }

    void plant() {
        SeedPerson first = listed("Viktor Zemlyanov", "RU", "OFAC SDN", LocalDate.of(2022, 4, 6), null);
        SeedPerson second = listed("Oleg Bratanov", "BY", "EU consolidated list", LocalDate.of(2023, 2, 25), null);
        SeedEntity aggregate = free.next().top();
        own(first, aggregate, 0.30);
        own(second, aggregate, 0.25);
        own(plain(aggregate), aggregate, 0.45);
        world.note("Sanctions: blocked only by aggregation", String.format("%s (%s) is held 30%% by %s (%s) and 25%% "
                + "by %s (%s), both listed: 55%% together, no single listed owner above 50%%. BLOCKED under the "
                + "aggregate regime, not under the single-owner regime.", aggregate.name(), aggregate.id(),
                first.name(), first.id(), second.name(), second.id()));
        SeedEntity below = free.next().top();
        SeedPerson third = listed("Dmitri Karsavin", "RU", "UK OFSI consolidated list", LocalDate.of(2022, 3, 15), null);
        own(first, below, 0.2999);
        own(third, below, 0.20);
        own(plain(below), below, 0.5001);
        world.note("Sanctions: 49.99% is not blocked", String.format("%s (%s) is held 29.99%% by %s and 20%% by %s "
                + "(%s), both listed: 49.99%% in total, just under the 50%% threshold — NOT blocked.", below.name(),
                below.id(), first.id(), third.name(), third.id()));
        intermediary();
        delisted();
    }

    private void intermediary() {
        Family family = free.next();
        while (!intermediaryFits(family)) {
            family = free.next();
        }
        SeedEntity holding = family.top();
        SeedEntity operating = family.members.get(1);
        SeedPerson owner = listed("Rustam Aliyarov", "RU", "OFAC SDN", LocalDate.of(2024, 2, 23), null);
        own(owner, holding, 0.60);
        own(plain(holding), holding, 0.40);
        Stake control = world.currentStakesIn(operating.id()).get(0);
        world.reshare(control, 0.55);
        own(plain(operating), operating, 0.45);
        world.note("Sanctions: blocked through a blocked intermediary", String.format("%s (%s, listed) holds 60%% of "
                + "%s (%s), which holds 55%% of %s (%s): the holding is blocked, and its 55%% counts in full, so "
                + "the operating company is blocked too (not 60%% × 55%% = 33%%).", owner.name(), owner.id(),
                holding.name(), holding.id(), operating.name(), operating.id()));
    }

    private boolean intermediaryFits(Family family) {
        if (family.members.size() < 2) {
            return false;
        }
        List<Stake> stakes = world.currentStakesIn(family.members.get(1).id());
        return stakes.size() == 1 && stakes.get(0).owner().equals(family.top().id()) && stakes.get(0).share() != null;
    }

    private void delisted() {
        SeedEntity entity = free.next().top();
        SeedPerson owner = listed("Sergei Volodarin", "RU", "EU consolidated list", LocalDate.of(2018, 3, 15),
                LocalDate.of(2024, 9, 30));
        own(owner, entity, 0.70);
        own(plain(entity), entity, 0.30);
        world.note("Sanctions: a listing that has ended", String.format("%s (%s) holds 70%% of %s (%s); listed "
                + "2018-03-15, delisted 2024-09-30: BLOCKED as of 2023, not blocked today.", owner.name(),
                owner.id(), entity.name(), entity.id()));
    }

    private SeedPerson listed(String name, String nationality, String source, LocalDate listedAt, LocalDate delistedAt) {
        SeedPerson person = world.person(name, nationality, false);
        world.flag(person.id(), "SANCTIONED", "HIGH", source, listedAt, delistedAt);
        return person;
    }

    private SeedPerson plain(SeedEntity entity) {
        Country country = Country.of(entity.jurisdiction());
        return world.person(rand.pick(country.firstNames()) + " " + rand.pick(country.lastNames()), country.code(),
                false);
    }

    private void own(SeedPerson owner, SeedEntity entity, double share) {
        if (!world.addStake(Stake.exact(owner.id(), entity.id(), share, LocalDate.of(2015, 6, 1),
                FamilyBuilder.source(entity)))) {
            throw new IllegalStateException("no room for a planted stake in " + entity.id());
        }
    }

    static List<Family> widelyHeld(World world) {
        return world.families.stream().filter(f -> !world.hasOwners(f.top().id())).toList();
    }
}
