package io.qualgraph.tools.seed;

import java.util.ArrayList;
import java.util.List;

/**
 * One corporate family as planned by the generator: its top entity first, the latent propensity that drives
 * how much its people engage and how often it buys, and its firmographic fit (the observable part of it).
 */
final class Family {

    final int index;
    final String stem;
    final Country home;
    final Industry industry;
    final double fit;
    final double propensity;
    final List<SeedEntity> members = new ArrayList<>();

    Family(int index, String stem, Country home, Industry industry, double fit, double propensity) {
        this.index = index;
        this.stem = stem;
        this.home = home;
        this.industry = industry;
        this.fit = fit;
        this.propensity = propensity;
    }

    SeedEntity top() {
        return members.get(0);
    }

    long employees() {
        return top().employees();
    }

    /** Members that have a web domain, i.e. operating companies whose staff we can meet. */
    List<SeedEntity> operating() {
        return members.stream().filter(e -> e.domain() != null).toList();
    }
}
