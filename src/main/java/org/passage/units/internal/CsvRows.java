package org.passage.units.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Streams an RFC 4180 CSV file (quoted fields may hold commas, quotes and line breaks) row by row, each with
 * the physical line it starts on, so errors and skipped rows can be named by line. Required columns are
 * checked against the header before any row is read.
 */
final class CsvRows {

    record Row(long line, Map<String, Integer> columns, List<String> values, String file) {

        String get(String column) {
            Integer index = columns.get(column);
            if (index == null) {
                throw new ImportProblem(file, line, column, "no such column");
            }
            return index < values.size() ? values.get(index).strip() : "";
        }
    }

    private final Reader in;
    private final String file;
    private long line = 1;
    private int pending = -2;

    private CsvRows(Reader in, String file) {
        this.in = in;
        this.file = file;
    }

    /** Reads the header, checks the required columns, then hands every row to {@code rows}; returns the row count. */
    static long read(Reader in, String file, List<String> required, Consumer<Row> rows) {
        var csv = new CsvRows(in, file);
        List<String> header = csv.next();
        if (header == null) {
            throw new ImportProblem(file, 1, "", "the file is empty (a header line was expected)");
        }
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i).strip().replace("\uFEFF", ""), i);
        }
        for (String column : required) {
            if (!columns.containsKey(column)) {
                throw new ImportProblem(file, 1, column, "required column missing from the header " + header);
            }
        }
        long count = 0;
        while (true) {
            long start = csv.line;
            List<String> values = csv.next();
            if (values == null) {
                return count;
            }
            if (values.size() == 1 && values.getFirst().isBlank()) {
                continue;
            }
            if (values.size() > header.size()) {
                throw new ImportProblem(file, start, "", values.size() + " fields but the header has " + header.size());
            }
            count++;
            rows.accept(new Row(start, columns, values, file));
        }
    }

    private int read() {
        try {
            if (pending != -2) {
                int c = pending;
                pending = -2;
                return c;
            }
            return in.read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> next() {
        int c = read();
        if (c == -1) {
            return null;
        }
        List<String> values = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        long start = line;
        while (true) {
            if (c == -1) {
                if (quoted) {
                    throw new ImportProblem(file, start, "field " + (values.size() + 1), "a quoted field is never closed");
                }
                values.add(field.toString());
                return values;
            }
            if (quoted) {
                if (c == '"') {
                    int d = read();
                    if (d == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        c = d;
                        continue;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
            } else if (c == '"' && field.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                values.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\r') {
                // CRLF line ends
            } else if (c == '\n') {
                line++;
                values.add(field.toString());
                return values;
            } else if (wasQuoted) {
                throw new ImportProblem(file, line, "field " + (values.size() + 1), "text after a closing quote");
            } else {
                field.append((char) c);
            }
            c = read();
        }
    }
}
