package io.qualgraph.ingest;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.qualgraph.support.CsvReader;
import io.qualgraph.support.Problem;

/** Reads a CSV section in chunks of rows, each a bundle of that one section plus the rows it could not read. */
public final class CsvChunks {

    private static final Pattern PATH = Pattern.compile("^\\$\\.\\w+\\[(\\d+)](?:\\.(\\w+))?(.*)$");

    /** Rows read: the bundle of those that could be converted, the line of each, and every conversion error. */
    public record Chunk(Bundle bundle, List<Integer> lines, List<Problem.FieldError> errors, int rows) {

        /** Conversion errors and {@code validation} errors with bundle paths turned into lines and columns. */
        List<Problem.FieldError> withValidation(List<Problem.FieldError> validation) {
            List<Problem.FieldError> all = new ArrayList<>(errors);
            validation.forEach(e -> all.add(new Problem.FieldError(toLine(e.path()), e.message())));
            return all;
        }

        private String toLine(String path) {
            Matcher m = PATH.matcher(path);
            if (!m.matches()) {
                return path;
            }
            String line = "line " + lines.get(Integer.parseInt(m.group(1)));
            return m.group(2) == null ? line : line + ", column " + m.group(2) + m.group(3);
        }
    }

    private final CsvReader reader;
    private final CsvSection section;
    private CsvReader.Line pending;

    private CsvChunks(CsvReader reader, CsvSection section) {
        this.reader = reader;
        this.section = section;
        this.pending = reader.next();
    }

    public static CsvChunks open(String section, Reader in) {
        CsvReader reader = new CsvReader(in);
        return new CsvChunks(reader, CsvSection.of(CsvSection.canonical(section), reader.next()));
    }

    public boolean hasMore() {
        return pending != null;
    }

    public Chunk next(int maxRows) {
        BundleBuilder builder = Bundle.builder();
        List<Integer> lines = new ArrayList<>();
        Errors errors = new Errors();
        int rows = 0;
        while (pending != null && rows < maxRows) {
            Object row = section.row(pending, errors);
            if (row != null) {
                builder.addRow(row);
                lines.add(pending.number());
            }
            rows++;
            pending = reader.next();
        }
        return new Chunk(builder.build(), lines, errors.list(), rows);
    }
}
