package io.qualgraph.prediction;

import java.util.HashSet;
import java.util.Set;

/**
 * One feature column of the observations: numbers ({@code NaN} where unknown) or categories ({@code null}
 * where blank). Exactly one of {@code numbers} and {@code levels} is set.
 */
public record Column(String name, double[] numbers, String[] levels) {

    public static Column numeric(String name, double[] numbers) {
        return new Column(name, numbers, null);
    }

    public static Column categorical(String name, String[] levels) {
        return new Column(name, null, levels);
    }

    public boolean isNumeric() {
        return numbers != null;
    }

    public int size() {
        return isNumeric() ? numbers.length : levels.length;
    }

    /** The value of row {@code row} as read, for an explanation; {@code null} when unknown. */
    public String display(int row) {
        if (!isNumeric()) {
            return levels[row];
        }
        double value = numbers[row];
        if (Double.isNaN(value)) {
            return null;
        }
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }

    /** The number of distinct known values. */
    public int distinct() {
        Set<Object> seen = new HashSet<>();
        for (int row = 0; row < size(); row++) {
            if (isNumeric() ? !Double.isNaN(numbers[row]) : levels[row] != null) {
                seen.add(isNumeric() ? (Object) numbers[row] : levels[row]);
            }
        }
        return seen.size();
    }

    /** This column restricted to {@code rows}, in that order. */
    public Column rows(int[] rows) {
        if (isNumeric()) {
            double[] picked = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                picked[i] = numbers[rows[i]];
            }
            return numeric(name, picked);
        }
        String[] picked = new String[rows.length];
        for (int i = 0; i < rows.length; i++) {
            picked[i] = levels[rows[i]];
        }
        return categorical(name, picked);
    }
}
