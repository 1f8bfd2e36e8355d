package io.qualgraph.tools.seed;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded random source with the draws the generator needs. Every family and phase gets its own stream
 * (seed, phase, index), so one section never shifts the numbers of another and output is reproducible.
 */
final class Rand {

    private final SplittableRandom random;

    private Rand(long seed) {
        this.random = new SplittableRandom(seed);
    }

    static Rand of(long seed, int phase, long index) {
        return new Rand(mix(mix(seed + 0x9E3779B97F4A7C15L * phase) ^ index));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    double uniform() {
        return random.nextDouble();
    }

    double uniform(double from, double to) {
        return from + (to - from) * random.nextDouble();
    }

    int between(int from, int toInclusive) {
        return random.nextInt(from, toInclusive + 1);
    }

    long below(long bound) {
        return random.nextLong(bound);
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    /** A standard normal draw (Box–Muller, so the value never depends on the JDK's algorithm choice). */
    double gaussian() {
        double u = 1.0 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    double logNormal(double median, double sigma) {
        return median * Math.exp(sigma * gaussian());
    }

    int poisson(double mean) {
        if (mean > 40) {
            return Math.max(0, (int) Math.round(mean + Math.sqrt(mean) * gaussian()));
        }
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int n = 0;
        while (product > limit) {
            product *= random.nextDouble();
            n++;
        }
        return n;
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** An index drawn with probability proportional to its weight. */
    int weighted(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
