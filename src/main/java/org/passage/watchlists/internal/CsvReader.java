package org.passage.watchlists.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.passage.watchlists.InvalidWatchlistInput;

/**
 * A streaming RFC 4180 reader: quoted fields may hold the delimiter, doubled quotes and line breaks; CRLF
 * or LF line ends. It remembers the line each record starts on, so errors can name it. A field or record
 * longer than the limits is refused instead of growing memory without bound.
 */
final class CsvReader implements AutoCloseable {

    static final int MAX_FIELD = 1 << 20;
    static final int MAX_FIELDS = 1_000;

    private final Reader in;
    private final char delimiter;
    private final String source;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;
    private long line = 1;
    private long recordLine;
    private final StringBuilder field = new StringBuilder(64);

    CsvReader(Reader in, char delimiter, String source) {
        this.in = in;
        this.delimiter = delimiter;
        this.source = source;
    }

    /** The line the last record returned started on (1-based). */
    long recordLine() {
        return recordLine;
    }

    String location() {
        return source + " line " + recordLine;
    }

    /** The next record, or null at the end of input. */
    @Nullable List<String> next() {
        int c = read();
        if (c < 0) {
            return null;
        }
        recordLine = line;
        List<String> fields = new ArrayList<>(16);
        while (true) {
            field.setLength(0);
            if (c == '"') {
                c = quoted();
            } else {
                while (c >= 0 && c != delimiter && c != '\n' && c != '\r') {
                    append((char) c);
                    c = read();
                }
            }
            fields.add(field.toString());
            if (fields.size() > MAX_FIELDS) {
                throw new InvalidWatchlistInput(location(), "", "more than " + MAX_FIELDS + " fields in one record");
            }
            if (c == delimiter) {
                c = read();
                continue;
            }
            if (c == '\r') {
                int after = read();
                if (after != '\n' && after >= 0) {
                    unread();
                }
            }
            if (c == '\n' || c == '\r') {
                line++;
            }
            return fields;
        }
    }

    /** Reads a quoted field (the opening quote is consumed); returns the character after the closing quote. */
    private int quoted() {
        long startLine = line;
        while (true) {
            int c = read();
            if (c < 0) {
                throw new InvalidWatchlistInput(source + " line " + startLine, "", "a quoted field is not closed before the end of the file");
            }
            if (c == '"') {
                int after = read();
                if (after == '"') {
                    append('"');
                    continue;
                }
                // tolerate text after the closing quote (OFAC writes `"x" ,`): keep it as part of the field
                while (after >= 0 && after != delimiter && after != '\n' && after != '\r') {
                    if (after != ' ') {
                        append((char) after);
                    }
                    after = read();
                }
                return after;
            }
            if (c == '\n') {
                line++;
            }
            append((char) c);
        }
    }

    private void append(char c) {
        if (field.length() >= MAX_FIELD) {
            throw new InvalidWatchlistInput(location(), "", "a field is longer than " + MAX_FIELD + " characters");
        }
        field.append(c);
    }

    private int read() {
        if (position == limit) {
            try {
                limit = in.read(buffer, 0, buffer.length);
            } catch (java.nio.charset.CharacterCodingException e) {
                throw new InvalidWatchlistInput(source + " line " + line, "", "not valid UTF-8 (convert the file to UTF-8)", e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            position = 0;
            if (limit <= 0) {
                limit = 0;
                return -1;
            }
        }
        return buffer[position++];
    }

    private void unread() {
        position--;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
