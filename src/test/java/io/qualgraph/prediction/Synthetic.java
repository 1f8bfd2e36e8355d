package io.qualgraph.prediction;

import java.util.List;
import java.util.Random;

import io.qualgraph.scoring.Tier;

/** Seeded synthetic observations: a numeric signal, a categorical signal, noise and an unknown now and then. */
final class Synthetic {

    private Synthetic() {
    }

    static Observations rows(int n, long seed, boolean withTime) {
        Random random = new Random(seed);
        double[] signal = new double[n];
        double[] noise = new double[n];
        String[] region = new String[n];
        boolean[] positive = new boolean[n];
        long[] times = new long[n];
        double[] rules = new double[n];
        Tier[] tiers = new Tier[n];
        String[] regions = {"north", "south", "east", "west"};
        for (int i = 0; i < n; i++) {
            signal[i] = random.nextDouble() < 0.05 ? Double.NaN : random.nextGaussian();
            noise[i] = random.nextGaussian();
            region[i] = random.nextDouble() < 0.05 ? null : regions[random.nextInt(regions.length)];
            double logOdds = (Double.isNaN(signal[i]) ? 0 : 1.5 * signal[i]) + ("north".equals(region[i]) ? 1 : 0) - 0.5;
            positive[i] = random.nextDouble() < 1 / (1 + Math.exp(-logOdds));
            times[i] = 1_700_000_000_000L + i * 3_600_000L;
            rules[i] = (Double.isNaN(signal[i]) ? 0 : signal[i]) + random.nextGaussian();
            tiers[i] = rules[i] > 1 ? Tier.T1 : rules[i] > 0 ? Tier.T2 : rules[i] > -1 ? Tier.T3 : Tier.T4;
        }
        return new Observations(List.of(Column.numeric("signal", signal), Column.numeric("noise", noise),
                Column.categorical("region", region)), positive, withTime ? times : null, withTime ? rules : null,
                withTime ? tiers : null);
    }
}
