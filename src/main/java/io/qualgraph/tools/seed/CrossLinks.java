package io.qualgraph.tools.seed;

import java.time.LocalDate;
import java.util.List;

/**
 * Stakes between families: acquisitions (an ended stake and a new one), 50/50 joint ventures, minority
 * non-controlling stakes in another family's affiliate, cross-holdings between two groups (a cycle) and
 * subsidiaries holding a little of their own parent (a cycle inside a family).
 */
final class CrossLinks {

    private final World world;
    private final Rand rand;
    private final EntityFactory factory;

    CrossLinks(World world, Rand rand) {
        this.world = world;
        this.rand = rand;
        this.factory = new EntityFactory(world, rand);
    }

    void plant(int scale) {
        List<Family> groups = List.copyOf(world.families.stream().filter(f -> f.members.size() > 1).toList());
        for (int i = 0; i < scale; i++) {
            new Acquisitions(world, rand).acquire(groups, i == 0);
        }
        for (int i = 0; i < 2 * scale; i++) {
            jointVenture(rand.pick(groups), rand.pick(groups), i == 0);
        }
        for (int i = 0; i < scale; i++) {
            crossHolding(rand.pick(groups), rand.pick(groups), i == 0);
            ownParent(rand.pick(groups), i == 0);
        }
        for (int i = 0; i < 4 * scale; i++) {
            minority(rand.pick(groups), rand.pick(groups), i == 0);
        }
    }

    private void jointVenture(Family a, Family b, boolean note) {
        if (a == b) {
            return;
        }
        long employees = rand.between(40, 900);
        SeedEntity jv = factory.top(a.stem + "-" + b.stem.replace(' ', '-'), a.home, a.industry, employees, true);
        double fit = a.industry.fit() + a.home.fit() + FamilyBuilder.sizeFit(employees);
        Family family = new Family(world.families.size(), a.stem, a.home, a.industry, fit,
                (a.propensity + b.propensity) / 2);
        family.members.add(jv);
        world.families.add(family);
        LocalDate since = Dates.randomDay(rand, LocalDate.of(2008, 1, 1), LocalDate.of(2023, 12, 31));
        world.addStake(Stake.exact(a.top().id(), jv.id(), 0.5, since, FamilyBuilder.source(jv)));
        world.addStake(Stake.exact(b.top().id(), jv.id(), 0.5, since, FamilyBuilder.source(jv)));
        if (note) {
            world.note("Joint venture 50/50", String.format("%s (%s) is held 50%% by %s and 50%% by %s: controlled by "
                    + "neither, it is a family of its own.", jv.name(), jv.id(), a.top().id(), b.top().id()));
        }
    }

    private void minority(Family a, Family b, boolean note) {
        SeedEntity owner = rand.pick(a.members);
        List<SeedEntity> targets = b.members.stream().skip(1).filter(e -> world.headroom(e.id()) >= 0.2).toList();
        if (a == b || targets.isEmpty()) {
            return;
        }
        SeedEntity target = rand.pick(targets);
        double share = world.headroom(target.id()) >= 0.3 ? 0.3 : 0.2;
        LocalDate since = Dates.randomDay(rand, LocalDate.of(2012, 1, 1), LocalDate.of(2024, 6, 30));
        world.addStake(Stake.exact(owner.id(), target.id(), share, since, FamilyBuilder.source(target)));
        if (note) {
            world.note("Minority, non-controlling stake", String.format("%s (%s, family of %s) holds %d%% of %s (%s), "
                    + "an affiliate in the family of %s: not a member of the owner's family.", owner.name(),
                    owner.id(), a.top().id(), Math.round(share * 100), target.name(), target.id(), b.top().id()));
        }
    }

    private void crossHolding(Family a, Family b, boolean note) {
        if (a == b || world.headroom(a.top().id()) < 0.08 || world.headroom(b.top().id()) < 0.12) {
            return;
        }
        world.addStake(Stake.exact(a.top().id(), b.top().id(), 0.12, LocalDate.of(2016, 1, 1), "annual report"));
        world.addStake(Stake.exact(b.top().id(), a.top().id(), 0.08, LocalDate.of(2016, 1, 1), "annual report"));
        if (note) {
            world.note("Ownership cycle between two groups", String.format("%s (%s) holds 12%% of %s (%s), which holds "
                    + "8%% of it back.", a.top().name(), a.top().id(), b.top().name(), b.top().id()));
        }
    }

    private void ownParent(Family family, boolean note) {
        SeedEntity parent = family.top();
        SeedEntity child = family.members.get(family.members.size() - 1);
        if (world.headroom(parent.id()) < 0.05) {
            return;
        }
        world.addStake(Stake.exact(child.id(), parent.id(), 0.05, LocalDate.of(2019, 7, 1), "annual report"));
        if (note) {
            world.note("Ownership cycle inside a family", String.format("%s (%s, depth %d) holds 5%% of its own "
                    + "ultimate parent %s (%s).", child.name(), child.id(), child.depth(), parent.name(), parent.id()));
        }
    }
}
