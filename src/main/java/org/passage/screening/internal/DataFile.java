package org.passage.screening.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A table of the name model shipped as a text file under {@code /org/passage/screening/} (nicknames, number words,
 * transcription sounds …): its lines without blanks and {@code #} comments, each with its number, so that a table
 * with a bad line fails at start naming the file and the line instead of screening with half a table.
 */
final class DataFile {

    /** One line of a table, stripped. */
    record Line(String file, int number, String text) {

        /** The error for this line: "nicknames.txt line 12: …". */
        IllegalStateException error(String what) {
            return new IllegalStateException(file + " line " + number + ": " + what);
        }
    }

    private DataFile() {
    }

    /** The lines of {@code /org/passage/screening/<name>} that are neither blank nor comments. */
    static List<Line> lines(String name) {
        List<Line> out = new ArrayList<>();
        try (InputStream in = DataFile.class.getResourceAsStream("/org/passage/screening/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing " + name);
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    out.add(new Line(name, number, line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
