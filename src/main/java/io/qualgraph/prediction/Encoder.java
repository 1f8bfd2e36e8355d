package io.qualgraph.prediction;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns columns into learner features, fitted on the training rows only. A category seen in at least
 * {@value #MIN_LEVEL_ROWS} training rows becomes its own indicator {@code column=level}; rarer or unseen ones
 * share {@code column=(other)}, blanks {@code column=(blank)}. A number stays one feature — standardised by the
 * training mean and deviation and clipped to ±{@value #CLIP} for logistic regression, raw for trees — and an
 * unknown number sets {@code column (missing)}.
 */
final class Encoder {

    static final int MIN_LEVEL_ROWS = 10;
    static final double CLIP = 5;
    static final String OTHER = "(other)";
    static final String BLANK = "(blank)";
    static final String MISSING = " (missing)";

    /** How one column is encoded: a numeric scale, or the categorical levels kept. */
    private record Spec(String column, boolean numeric, double mean, double deviation, List<String> levels) {
    }

    private final boolean standardise;
    private final List<Spec> specs;

    private Encoder(boolean standardise, List<Spec> specs) {
        this.standardise = standardise;
        this.specs = specs;
    }

    /** An encoder fitted on {@code train}: standardising for logistic regression, raw numbers for trees. */
    static Encoder fit(Observations train, Algorithm algorithm) {
        List<Spec> specs = new ArrayList<>();
        for (Column column : train.columns()) {
            specs.add(column.isNumeric() ? scale(column) : levels(column));
        }
        return new Encoder(algorithm == Algorithm.LOGISTIC_REGRESSION, specs);
    }

    private static Spec scale(Column column) {
        double sum = 0;
        double squares = 0;
        int known = 0;
        for (double value : column.numbers()) {
            if (!Double.isNaN(value)) {
                sum += value;
                squares += value * value;
                known++;
            }
        }
        double mean = known == 0 ? 0 : sum / known;
        double variance = known == 0 ? 0 : Math.max(0, squares / known - mean * mean);
        return new Spec(column.name(), true, mean, Math.sqrt(variance), List.of());
    }

    private static Spec levels(Column column) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String level : column.levels()) {
            if (level != null) {
                counts.merge(level, 1, Integer::sum);
            }
        }
        List<String> kept = counts.entrySet().stream().filter(e -> e.getValue() >= MIN_LEVEL_ROWS)
                .map(Map.Entry::getKey).sorted().toList();
        return new Spec(column.name(), false, 0, 0, kept);
    }

    /** The column a feature name this encoder writes came from. */
    String columnOf(String feature) {
        for (Spec spec : specs) {
            if (feature.equals(spec.column()) || feature.equals(spec.column() + MISSING)
                    || feature.startsWith(spec.column() + "=")) {
                return spec.column();
            }
        }
        throw new IllegalArgumentException("no column wrote feature '" + feature + "'");
    }

    /** The column names this encoder reads, in order. */
    List<String> columns() {
        return specs.stream().map(Spec::column).toList();
    }

    /** Every row of {@code observations} as features; the observations must hold this encoder's columns. */
    List<Encoded> encode(Observations observations) {
        Map<String, Column> byName = new HashMap<>();
        observations.columns().forEach(c -> byName.put(c.name(), c));
        List<Column> columns = new ArrayList<>();
        for (Spec spec : specs) {
            Column column = byName.get(spec.column());
            if (column == null || column.isNumeric() != spec.numeric()) {
                throw new IllegalArgumentException("the observations have no " + (spec.numeric() ? "numeric" : "categorical")
                        + " column '" + spec.column() + "'");
            }
            columns.add(column);
        }
        List<Encoded> rows = new ArrayList<>(observations.size());
        List<String> names = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (int row = 0; row < observations.size(); row++) {
            names.clear();
            values.clear();
            sources.clear();
            for (int c = 0; c < specs.size(); c++) {
                Spec spec = specs.get(c);
                Column column = columns.get(c);
                if (spec.numeric()) {
                    double value = column.numbers()[row];
                    if (Double.isNaN(value)) {
                        add(names, values, sources, spec.column() + MISSING, 1, spec.column());
                    } else {
                        add(names, values, sources, spec.column(), standardise ? standardised(spec, value) : value,
                                spec.column());
                    }
                } else {
                    String level = column.levels()[row];
                    String feature = level == null ? BLANK : spec.levels().contains(level) ? level : OTHER;
                    add(names, values, sources, spec.column() + "=" + feature, 1, spec.column());
                }
            }
            rows.add(new Encoded(names.toArray(String[]::new), values.stream().mapToDouble(Double::doubleValue).toArray(),
                    sources.toArray(String[]::new)));
        }
        return rows;
    }

    private static double standardised(Spec spec, double value) {
        if (spec.deviation() == 0) {
            return 0;
        }
        return Math.max(-CLIP, Math.min(CLIP, (value - spec.mean()) / spec.deviation()));
    }

    private static void add(List<String> names, List<Double> values, List<String> sources, String name, double value,
            String source) {
        names.add(name);
        values.add(value);
        sources.add(source);
    }

    void write(DataOutputStream out) throws IOException {
        out.writeBoolean(standardise);
        out.writeInt(specs.size());
        for (Spec spec : specs) {
            out.writeUTF(spec.column());
            out.writeBoolean(spec.numeric());
            out.writeDouble(spec.mean());
            out.writeDouble(spec.deviation());
            out.writeInt(spec.levels().size());
            for (String level : spec.levels()) {
                out.writeUTF(level);
            }
        }
    }

    static Encoder read(DataInputStream in) throws IOException {
        boolean standardise = in.readBoolean();
        int count = in.readInt();
        List<Spec> specs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String column = in.readUTF();
            boolean numeric = in.readBoolean();
            double mean = in.readDouble();
            double deviation = in.readDouble();
            int levels = in.readInt();
            List<String> kept = new ArrayList<>(levels);
            for (int l = 0; l < levels; l++) {
                kept.add(in.readUTF());
            }
            specs.add(new Spec(column, numeric, mean, deviation, List.copyOf(kept)));
        }
        return new Encoder(standardise, specs);
    }
}
