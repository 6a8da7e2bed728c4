package org.passage.watchlists.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.passage.watchlists.InvalidWatchlistInput;

/**
 * A CSV file with a header row: columns are found by name, a missing required column fails on line 1 naming
 * it, and a row whose field count differs from the header's fails naming its line.
 */
final class HeaderedCsv implements AutoCloseable {

    private final CsvReader csv;
    private final String name;
    private final List<String> header;
    private final Map<String, Integer> columns = new HashMap<>();
    private @Nullable List<String> row;

    HeaderedCsv(Reader in, char delimiter, String name, String... required) {
        this.csv = new CsvReader(in, delimiter, name);
        this.name = name;
        List<String> first = csv.next();
        if (first == null || (first.size() == 1 && first.getFirst().isBlank())) {
            throw new InvalidWatchlistInput(name + " line 1", "", "empty file: expected a header row");
        }
        if (!first.isEmpty() && first.getFirst().startsWith("\uFEFF")) {
            first.set(0, first.getFirst().substring(1));
        }
        this.header = first.stream().map(String::strip).toList();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i), i);
        }
        for (String column : required) {
            if (!columns.containsKey(column)) {
                throw new InvalidWatchlistInput(name + " line 1", column, "column missing from the header " + header);
            }
        }
    }

    List<String> header() {
        return header;
    }

    boolean has(String column) {
        return columns.containsKey(column);
    }

    /** Advances to the next row; false at the end. Blank lines are skipped. */
    boolean next() {
        while (true) {
            row = csv.next();
            if (row == null) {
                return false;
            }
            if (row.size() == 1 && row.getFirst().isBlank()) {
                continue;
            }
            if (row.size() != header.size()) {
                throw new InvalidWatchlistInput(location(), "", row.size() + " fields where the header has " + header.size());
            }
            return true;
        }
    }

    /** The value of {@code column} in the current row, stripped ("" when the file has no such column). */
    String get(String column) {
        Integer index = columns.get(column);
        return index == null || row == null ? "" : row.get(index).strip();
    }

    String location() {
        return csv.location();
    }

    long line() {
        return csv.recordLine();
    }

    String name() {
        return name;
    }

    @Override
    public void close() {
        try {
            csv.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
