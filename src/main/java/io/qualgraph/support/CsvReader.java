package io.qualgraph.support;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV one record at a time: comma separated (or another one-character separator), fields optionally in double quotes with
 * {@code ""} for a quote, CRLF or LF line ends, quoted fields may span lines; a leading BOM is skipped.
 */
public final class CsvReader {

    /** One record and the line it starts on (1-based). */
    public record Line(int number, List<String> fields) {
    }

    private final Reader in;
    private final char separator;
    private int line = 1;
    private int pushedBack = -2;
    private boolean started;

    public CsvReader(Reader in) {
        this(in, ',');
    }

    /** A reader for files separated by {@code separator} (e.g. {@code ;}), with the same quoting. */
    public CsvReader(Reader in, char separator) {
        if (separator == '"' || separator == '\n' || separator == '\r') {
            throw new IllegalArgumentException("a separator cannot be a quote or a line end");
        }
        this.in = in;
        this.separator = separator;
    }

    /** The next record, or null at the end; a blank line is skipped. */
    public Line next() {
        int c = read();
        if (!started) {
            started = true;
            if (c == '\uFEFF') {
                c = read();
            }
        }
        while (c == '\n' || c == '\r') {
            endLine(c);
            c = read();
        }
        if (c == -1) {
            return null;
        }
        return record(c);
    }

    private Line record(int first) {
        int start = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int c = first;
        while (true) {
            if (c == '"' && field.isEmpty()) {
                c = quoted(field, start);
            }
            if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == -1 || c == '\n' || c == '\r') {
                fields.add(field.toString());
                if (c != -1) {
                    endLine(c);
                }
                return new Line(start, fields);
            } else {
                field.append((char) c);
            }
            c = read();
        }
    }

    /** Reads a quoted field's content; returns the character after the closing quote. */
    private int quoted(StringBuilder field, int start) {
        while (true) {
            int c = read();
            if (c == -1) {
                throw Problem.invalid("line " + start, "a quoted field is never closed");
            }
            if (c == '"') {
                int after = read();
                if (after != '"') {
                    return after;
                }
            } else if (c == '\n') {
                line++;
            }
            field.append((char) c);
        }
    }

    private void endLine(int c) {
        line++;
        if (c == '\r') {
            int after = read();
            if (after != '\n') {
                pushedBack = after;
            }
        }
    }

    private int read() {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        try {
            return in.read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
