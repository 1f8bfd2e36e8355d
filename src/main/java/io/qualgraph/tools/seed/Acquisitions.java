package io.qualgraph.tools.seed;

import java.time.LocalDate;
import java.util.List;

/** Moves a subsidiary from one family to another during the event window: its old stakes end, a new one starts. */
final class Acquisitions {

    private final World world;
    private final Rand rand;

    Acquisitions(World world, Rand rand) {
        this.world = world;
        this.rand = rand;
    }

    void acquire(List<Family> groups, boolean note) {
        Family seller = rand.pick(groups);
        Family buyer = rand.pick(groups);
        List<SeedEntity> leaves = seller.members.stream().skip(1).filter(e -> world.ownsNothing(e.id())).toList();
        if (seller == buyer || leaves.isEmpty() || seller.members.size() < 3) {
            return;
        }
        SeedEntity target = rand.pick(leaves);
        LocalDate closing = Dates.randomDay(rand, LocalDate.of(2025, 3, 1), LocalDate.of(2026, 6, 30));
        List<Stake> old = world.currentStakesIn(target.id());
        old.forEach(stake -> world.end(stake, closing));
        world.addStake(Stake.exact(buyer.top().id(), target.id(), 1.0, closing, FamilyBuilder.source(target)));
        seller.members.remove(target);
        buyer.members.add(target);
        if (note) {
            world.note("Acquisition: an ended stake", String.format("%s (%s) belonged to the family of %s (%s) until "
                    + "%s (its stakes end that day, exclusive) and to %s (%s) from that day.", target.name(),
                    target.id(), seller.top().name(), seller.top().id(), closing, buyer.top().name(), buyer.top().id()));
        }
    }
}
