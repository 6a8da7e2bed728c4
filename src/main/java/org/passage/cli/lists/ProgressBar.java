package org.passage.cli.lists;

import java.io.PrintStream;
import java.util.Locale;
import org.passage.watchlists.ImportProgress;

/**
 * The command line's progress bar on stderr: records, percent of bytes read, records per second and the time
 * left, redrawn in place at most ten times a second.
 */
final class ProgressBar implements ImportProgress {

    private static final int WIDTH = 30;
    private final PrintStream out;
    private final long started = System.nanoTime();
    private long lastDrawn;

    ProgressBar(PrintStream out) {
        this.out = out;
    }

    @Override
    public void advanced(long records, long done, long total) {
        long now = System.nanoTime();
        if (now - lastDrawn < 100_000_000L && done < total) {
            return;
        }
        lastDrawn = now;
        out.print("\r" + line(records, done, total, (now - started) / 1e9) + "   ");
        out.flush();
    }

    @Override
    public void storing() {
        out.print("\r" + " ".repeat(100) + "\rcomparing with the live version and activating …");
        out.flush();
    }

    void finish() {
        out.print("\r" + " ".repeat(100) + "\r");
        out.flush();
    }

    static String line(long records, long done, long total, double seconds) {
        double fraction = total <= 0 ? 0 : Math.min(1, (double) done / total);
        int filled = (int) Math.round(fraction * WIDTH);
        double rate = seconds > 0 ? records / seconds : 0;
        String eta = fraction > 0 && fraction < 1 ? String.format(Locale.ROOT, "%.0fs", seconds * (1 - fraction) / fraction) : "-";
        return String.format(Locale.ROOT, "[%s%s] %3.0f%%  %,d records  %,.0f/s  ETA %s",
                "#".repeat(filled), ".".repeat(WIDTH - filled), fraction * 100, records, rate, eta);
    }
}
