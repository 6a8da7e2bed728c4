package org.passage.demo;

import java.io.PrintStream;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * A contribution to {@code passage demo}: it adds its demo records unless they are there already, so that
 * running the demo again never duplicates anything. Each seeder is one {@link DemoData} step; the steps run in
 * the order that enum declares.
 */
public interface DemoSeeder {

    /** Which step of the demo this seeder is; no two seeders are the same step. */
    DemoData step();

    /** Seeds what is missing; prints to {@code console} only what a newcomer needs (logins, one-time passwords). */
    void seed(PrintStream console);

    /** Runs every seeder in the declared order: the demo command, the Telegram simulation and the tests seed alike. */
    static void seedAll(Collection<? extends DemoSeeder> seeders, PrintStream console) {
        Map<DemoData, DemoSeeder> steps = new EnumMap<>(DemoData.class);
        for (DemoSeeder seeder : seeders) {
            DemoSeeder other = steps.put(seeder.step(), seeder);
            if (other != null && other != seeder) {
                throw new IllegalStateException("two demo seeders for " + seeder.step() + ": " + other.getClass().getName()
                        + " and " + seeder.getClass().getName());
            }
        }
        steps.values().forEach(seeder -> seeder.seed(console));
    }
}
