package org.passage.watchlists.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;
import org.passage.watchlists.InvalidWatchlistInput;

/** Reads lines (LF or CRLF) and counts them, refusing a line longer than the limit instead of buffering it whole. */
final class LineReader implements AutoCloseable {

    private final Reader in;
    private final String source;
    private final int maxLine;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;
    private long line;
    private final StringBuilder current = new StringBuilder(1024);

    LineReader(Reader in, String source, int maxLine) {
        this.in = in;
        this.source = source;
        this.maxLine = maxLine;
    }

    long line() {
        return line;
    }

    String location() {
        return source + " line " + line;
    }

    @Nullable String next() {
        current.setLength(0);
        boolean any = false;
        while (true) {
            if (position == limit && !fill()) {
                if (!any) {
                    return null;
                }
                line++;
                return current.toString();
            }
            any = true;
            // copy up to the next line break in one go: appending char by char was the importers' hottest loop
            int end = position;
            while (end < limit && buffer[end] != '\n') {
                end++;
            }
            int room = maxLine - current.length();
            if (end - position > room) {
                throw new InvalidWatchlistInput(source + " line " + (line + 1), "", "a line is longer than " + maxLine + " characters");
            }
            current.append(buffer, position, end - position);
            if (end < limit) {
                position = end + 1;
                line++;
                int n = current.length();
                if (n > 0 && current.charAt(n - 1) == '\r') {
                    current.setLength(n - 1);
                }
                return current.toString();
            }
            position = end;
        }
    }

    private boolean fill() {
        try {
            limit = in.read(buffer, 0, buffer.length);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new InvalidWatchlistInput(source + " line " + (line + 1), "", "not valid UTF-8 (convert the file to UTF-8)", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        position = 0;
        if (limit <= 0) {
            limit = 0;
            return false;
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
