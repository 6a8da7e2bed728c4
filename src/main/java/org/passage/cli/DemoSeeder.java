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
}
