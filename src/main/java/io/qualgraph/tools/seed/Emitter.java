package io.qualgraph.tools.seed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Collects rows into bundle chunks of at most {@code chunkRows} rows and hands each full chunk on. */
final class Emitter {

    private final int chunkRows;
    private final Consumer<Map<String, Object>> sink;
    private final Map<String, Long> totals = new LinkedHashMap<>();
    private Map<String, Object> chunk = new LinkedHashMap<>();
    private int rows;

    Emitter(int chunkRows, Consumer<Map<String, Object>> sink) {
        this.chunkRows = chunkRows;
        this.sink = sink;
    }

    @SuppressWarnings("unchecked")
    void add(String section, Map<String, Object> row) {
        ((List<Map<String, Object>>) chunk.computeIfAbsent(section, s -> new ArrayList<>())).add(row);
        totals.merge(section, 1L, Long::sum);
        if (++rows >= chunkRows) {
            flush();
        }
    }

    /** Hands on the rows collected so far, if any, as one chunk. */
    void flush() {
        if (rows > 0) {
            sink.accept(chunk);
            chunk = new LinkedHashMap<>();
            rows = 0;
        }
    }

    Map<String, Long> totals() {
        return totals;
    }
}
