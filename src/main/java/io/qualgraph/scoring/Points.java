package io.qualgraph.scoring;

/**
 * Points are kept in tenths internally so that reason rows add up exactly to the score they explain;
 * they leave this package as doubles with one decimal.
 */
final class Points {

    private Points() {
    }

    static long tenths(double points) {
        return Math.round(points * 10);
    }

    static double of(long tenths) {
        return tenths / 10.0;
    }
}
