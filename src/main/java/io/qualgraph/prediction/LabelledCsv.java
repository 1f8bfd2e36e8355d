package io.qualgraph.prediction;

import java.io.Reader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.qualgraph.support.CsvReader;
import io.qualgraph.support.Problem;

/**
 * Reads a labelled CSV of leads (one header line, one row per lead) into observations. A column whose every
 * known value is a number is numeric, any other is categorical; a blank cell is unknown. A column distinct in
 * nearly every row is an identifier: it is left out and listed (constant columns are left out by the training).
 */
public final class LabelledCsv {

    /** Share of rows with a distinct value above which a categorical column is an identifier. */
    static final double IDENTIFIER_SHARE = 0.9;

    /**
     * @param label     the outcome column
     * @param positive  the label value that counts as positive; {@code null} accepts 1/0, yes/no and true/false
     * @param separator the field separator
     * @param time      a column of ISO dates or instants to order rows by, or {@code null} (then rows have no time)
     */
    public record Options(String label, String positive, char separator, String time) {
    }

    /** The observations, the columns left out at reading, and how many rows had no label. */
    public record Read(Observations observations, List<Excluded> excluded, int skipped) {
    }

    private LabelledCsv() {
    }

    public static Read read(Reader in, Options options) {
        CsvReader csv = new CsvReader(in, options.separator());
        CsvReader.Line header = csv.next();
        if (header == null) {
            throw Problem.invalid("file", "is empty: a header line naming the columns is needed");
        }
        List<String> names = header.fields().stream().map(String::trim).toList();
        int labelAt = names.indexOf(options.label());
        if (labelAt < 0) {
            throw Problem.invalid("--label", "no column '" + options.label() + "' in the header (columns: "
                    + String.join(", ", names) + ")");
        }
        int timeAt = options.time() == null ? -1 : names.indexOf(options.time());
        if (options.time() != null && timeAt < 0) {
            throw Problem.invalid("--time", "no column '" + options.time() + "' in the header");
        }
        List<List<String>> cells = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        List<Long> times = new ArrayList<>();
        int skipped = 0;
        for (CsvReader.Line line = csv.next(); line != null; line = csv.next()) {
            List<String> fields = line.fields();
            if (fields.size() != names.size()) {
                throw Problem.invalid("file", "line " + line.number() + " has " + fields.size() + " fields; the header has "
                        + names.size());
            }
            String label = fields.get(labelAt).trim();
            if (label.isEmpty()) {
                skipped++;
                continue;
            }
            labels.add(positive(label, options.positive(), line.number()));
            if (timeAt >= 0) {
                times.add(instant(fields.get(timeAt).trim(), line.number()));
            }
            cells.add(fields);
        }
        List<Column> columns = new ArrayList<>();
        List<Excluded> excluded = new ArrayList<>();
        for (int c = 0; c < names.size(); c++) {
            if (c == labelAt || c == timeAt) {
                continue;
            }
            Column column = column(names.get(c), cells, c);
            String reason = exclusion(column);
            if (reason == null) {
                columns.add(column);
            } else {
                excluded.add(new Excluded(column.name(), reason));
            }
        }
        boolean[] positive = new boolean[labels.size()];
        for (int i = 0; i < positive.length; i++) {
            positive[i] = labels.get(i);
        }
        long[] timeArray = timeAt < 0 ? null : times.stream().mapToLong(Long::longValue).toArray();
        return new Read(new Observations(columns, positive, timeArray, null, null), excluded, skipped);
    }

    private static boolean positive(String label, String positive, int line) {
        if (positive != null) {
            return label.equals(positive);
        }
        return switch (label.toLowerCase(Locale.ROOT)) {
            case "1", "yes", "true" -> true;
            case "0", "no", "false" -> false;
            default -> throw Problem.invalid("--positive", "line " + line + " has label '" + label
                    + "', not 1/0, yes/no or true/false: name the positive value");
        };
    }

    private static long instant(String value, int line) {
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli()
                    : Instant.parse(value).toEpochMilli();
        } catch (DateTimeParseException e) {
            throw Problem.invalid("--time", "line " + line + ": '" + value + "' is not an ISO date or instant");
        }
    }

    private static Column column(String name, List<List<String>> rows, int at) {
        double[] numbers = new double[rows.size()];
        boolean numeric = true;
        for (int r = 0; r < rows.size() && numeric; r++) {
            String cell = rows.get(r).get(at).trim();
            if (cell.isEmpty()) {
                numbers[r] = Double.NaN;
            } else {
                try {
                    numbers[r] = Double.parseDouble(cell);
                    numeric = Double.isFinite(numbers[r]);
                } catch (NumberFormatException e) {
                    numeric = false;
                }
            }
        }
        if (numeric) {
            return Column.numeric(name, numbers);
        }
        String[] levels = new String[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            String cell = rows.get(r).get(at).trim();
            levels[r] = cell.isEmpty() ? null : cell;
        }
        return Column.categorical(name, levels);
    }

    /** IDENTIFIER or {@code null} when the column may be learned from. */
    private static String exclusion(Column column) {
        int distinct = column.distinct();
        if (column.isNumeric()) {
            return distinct == column.size() && allIntegers(column.numbers()) ? Excluded.IDENTIFIER : null;
        }
        return distinct >= IDENTIFIER_SHARE * column.size() ? Excluded.IDENTIFIER : null;
    }

    private static boolean allIntegers(double[] numbers) {
        for (double value : numbers) {
            if (Double.isNaN(value) || value != Math.rint(value)) {
                return false;
            }
        }
        return true;
    }
}
