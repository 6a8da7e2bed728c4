package org.passage.cli.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import org.jspecify.annotations.Nullable;
import org.passage.cli.geo.GeoCommand;
import org.passage.geo.Coordinates;
import org.passage.geo.DatePeriod;
import org.passage.geo.GeoData;
import org.passage.geo.GeoException;
import org.passage.geo.GeoStatus;
import org.passage.geo.Place;
import org.passage.geo.Territory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code passage bench geo}: point×date status checks per second over every gazetteer place and random days of
 * the covered period, on as many threads as asked (2 by default, the target machine).
 */
@Command(name = "geo", mixinStandardHelpOptions = true, description = "Point×date status checks per second (target: 200,000 on 2 cores).")
public final class GeoBenchCommand implements Callable<Integer> {

    @Option(names = "--data", description = "shared data folder (default: $PASSAGE_GEO_DATA or ../shared/data)")
    @Nullable Path data;

    @Option(names = "--threads", defaultValue = "2", description = "threads (default: ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--seconds", defaultValue = "5", description = "measured seconds per run (default: ${DEFAULT-VALUE})")
    int seconds;

    @Option(names = "--seed", defaultValue = "20220224", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() throws InterruptedException {
        var out = System.out;
        if (threads < 1 || seconds < 1) {
            System.err.println("error: --threads and --seconds must be at least 1");
            return 2;
        }
        // a benchmark measures the engine on the real series: the loaded datasets, else the shared data folder itself
        Path dataDir = data != null ? data : java.nio.file.Files.isDirectory(GeoCommand.defaultDataDir().resolve("occupied-territory"))
                ? GeoCommand.defaultDataDir() : java.nio.file.Path.of("../shared/data");
        long start = System.nanoTime();
        GeoData geo;
        try {
            geo = GeoData.load(dataDir);
            geo.territory();
            geo.gazetteer();
            long listed = System.nanoTime();
            geo.loadEverything();
            long loaded = System.nanoTime();
            out.printf(Locale.ROOT, "load: borders, %d places and the snapshot list in %.2f s; every snapshot read and prepared in %.2f s%n",
                    geo.gazetteer().places().size(), (listed - start) / 1e9, (loaded - listed) / 1e9);
            out.println("snapshots: " + geo.loadSummary());
        } catch (GeoException e) {
            System.err.println("error: " + e.getMessage());
            return 2;
        }
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        out.printf(Locale.ROOT, "heap in use after loading: %d MB%n", (runtime.totalMemory() - runtime.freeMemory()) >> 20);

        Territory territory = geo.territory();
        List<Place> places = geo.gazetteer().places();
        DatePeriod coverage = territory.coverage();
        int n = 1 << 20;
        Coordinates[] points = new Coordinates[n];
        LocalDate[] dates = new LocalDate[n];
        var random = new SplittableRandom(seed);
        long days = coverage.to().toEpochDay() - coverage.from().toEpochDay() + 1;
        for (int i = 0; i < n; i++) {
            points[i] = places.get(random.nextInt(places.size())).coordinates();
            dates[i] = coverage.from().plusDays(random.nextLong(days));
        }
        out.printf(Locale.ROOT, "workload: %,d random (gazetteer place, day %s..%s) pairs, %d thread(s), %d s per run%n",
                n, coverage.from(), coverage.to(), threads, seconds);

        run(territory, points, dates, threads, Math.max(5, seconds), null, new double[1]); // warm-up: JIT and the country grid cells
        long[] counts = new long[GeoStatus.values().length];
        double[] cpuSeconds = new double[1];
        double rate = run(territory, points, dates, threads, seconds, counts, cpuSeconds);
        long checks = java.util.Arrays.stream(counts).sum();
        out.printf(Locale.ROOT, "statusAt: %,.0f checks/s on %d thread(s) (wall clock); %,.0f checks per CPU-second per thread,"
                + " i.e. %,.0f checks/s on %d dedicated cores%n", rate, threads, checks / cpuSeconds[0], threads * checks / cpuSeconds[0], threads);
        for (GeoStatus status : GeoStatus.values()) {
            out.printf(Locale.ROOT, "  %-17s %,d%n", status.code(), counts[status.ordinal()]);
        }
        double dedicated = threads * checks / cpuSeconds[0];
        out.printf(Locale.ROOT, "load average during the run: %s (other processes share these cores; the CPU-time figure discounts them)%n",
                loadAverage());
        out.println(dedicated >= 200_000 ? "target (200,000 checks/s on 2 cores) met" : "target (200,000 checks/s on 2 cores) NOT met");
        reports(territory, points, dates, out);
        return 0;
    }

    /**
     * The full answer (every snapshot, area, distance to the line) for 1,000 Ukrainian place-days: a first pass
     * that builds the lines of contact it needs, then the same answers again.
     */
    private static void reports(Territory territory, Coordinates[] points, LocalDate[] dates, java.io.PrintStream out) {
        java.util.List<Integer> ukrainian = new java.util.ArrayList<>();
        for (int i = 0; i < points.length && ukrainian.size() < 1000; i++) {
            GeoStatus status = territory.statusAt(points[i], dates[i]);
            if (status == GeoStatus.UKRAINE || status == GeoStatus.OCCUPIED_UKRAINE) {
                ukrainian.add(i);
            }
        }
        for (String pass : java.util.List.of("first pass (builds the lines of contact)", "second pass")) {
            long start = System.nanoTime();
            ukrainian.forEach(i -> territory.status(points[i], DatePeriod.day(dates[i])));
            out.printf(Locale.ROOT, "status (full answer, Ukrainian places, 1 thread), %s: %,.0f answers/s%n", pass,
                    ukrainian.size() / ((System.nanoTime() - start) / 1e9));
        }
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static double run(Territory territory, Coordinates[] points, LocalDate[] dates, int threads, int seconds,
                              long @Nullable [] counts, double[] cpuSeconds) throws InterruptedException {
        var cpuNanos = new LongAdder();
        var threadBean = java.lang.management.ManagementFactory.getThreadMXBean();
        var stop = new AtomicBoolean();
        var total = new LongAdder();
        long[][] perThread = new long[threads][GeoStatus.values().length];
        Thread[] workers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            int offset = t * (points.length / threads);
            long[] mine = perThread[t];
            workers[t] = Thread.ofPlatform().start(() -> {
                long cpuStart = threadBean.getCurrentThreadCpuTime();
                long done = 0;
                int i = offset;
                while (!stop.get()) {
                    for (int k = 0; k < 1024; k++) {
                        mine[territory.statusAt(points[i], dates[i]).ordinal()]++;
                        i = (i + 1) & (points.length - 1);
                    }
                    done += 1024;
                }
                total.add(done);
                cpuNanos.add(threadBean.getCurrentThreadCpuTime() - cpuStart);
            });
        }
        long start = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        for (Thread worker : workers) {
            worker.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        cpuSeconds[0] = cpuNanos.sum() / 1e9;
        if (counts != null) {
            for (long[] mine : perThread) {
                for (int s = 0; s < mine.length; s++) {
                    counts[s] += mine[s];
                }
            }
        }
        return total.sum() / elapsed;
    }
}
