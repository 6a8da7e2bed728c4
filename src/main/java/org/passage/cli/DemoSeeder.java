package org.passage.cli;

import java.io.PrintStream;

/**
 * A feature's contribution to {@code passage demo}: it adds its demo records unless they are there already,
 * so that running the demo again never duplicates anything. Seeders run in {@link #order()}.
 */
public interface DemoSeeder {

    int order();

    /** Seeds what is missing; prints to {@code console} only what a newcomer needs (logins, one-time passwords). */
    void seed(PrintStream console);

    /** Runs every seeder in its order: the demo command, the Telegram simulation and the tests seed alike. */
    static void seedAll(java.util.Collection<? extends DemoSeeder> seeders, PrintStream console) {
        seeders.stream().sorted(java.util.Comparator.comparingInt(DemoSeeder::order)).forEach(s -> s.seed(console));
    }
}
