package io.qualgraph.prediction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.qualgraph.scoring.Tier;

/** Outcomes per tier of a rules model, and how well "work T1" or "work T1 and T2" picks the positives. */
public record TierOutcomes(List<TierRow> tiers, Selection t1, Selection t1AndT2) {

    /** One tier: rows ("accounts", one per opportunity), won and lost among them, win rate and lift. */
    public record TierRow(Tier tier, int accounts, int won, int lost, Double winRate, Double lift) {
    }

    /** Picking the rows of some tiers: the share of them that won, and the share of all wins they hold. */
    public record Selection(int selected, int won, Double precision, Double recall) {
    }

    /** Counts {@code tiers[i]} (null for a row with no account) against {@code won[i]}. */
    public static TierOutcomes of(Tier[] tiers, boolean[] won) {
        double baseRate = Metrics.baseRate(won);
        int allWon = 0;
        for (boolean w : won) {
            allWon += w ? 1 : 0;
        }
        List<TierRow> rows = new ArrayList<>();
        for (Tier tier : Tier.values()) {
            int accounts = 0;
            int wins = 0;
            for (int i = 0; i < tiers.length; i++) {
                if (tier == tiers[i]) {
                    accounts++;
                    wins += won[i] ? 1 : 0;
                }
            }
            rows.add(new TierRow(tier, accounts, wins, accounts - wins, Metrics.ratio(wins, accounts),
                    accounts == 0 ? null : Metrics.ratio((double) wins / accounts, baseRate)));
        }
        return new TierOutcomes(rows, select(tiers, won, Set.of(Tier.T1), allWon),
                select(tiers, won, Set.of(Tier.T1, Tier.T2), allWon));
    }

    private static Selection select(Tier[] tiers, boolean[] won, Set<Tier> picked, int allWon) {
        int selected = 0;
        int wins = 0;
        for (int i = 0; i < tiers.length; i++) {
            if (tiers[i] != null && picked.contains(tiers[i])) { // a lead at a company the graph lacks has no tier
                selected++;
                wins += won[i] ? 1 : 0;
            }
        }
        return new Selection(selected, wins, Metrics.ratio(wins, selected), Metrics.ratio(wins, allWon));
    }
}
