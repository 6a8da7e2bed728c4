package org.passage.bench.screening;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.passage.bench.JitWarmUp;
import org.passage.screening.engine.NameMatcher;
import org.passage.watchlists.ListedEntity;

/**
 * Measures screening at a given number of indexed names: index build time, heap after a full GC, latency of
 * single queries (p50, p99, max) and batch throughput with one thread per core. Half of the queries are
 * listed people written another way (another romanisation or script, parts in another order, patronymic
 * dropped, a diminutive, one typo in three); the other half are fresh combinations of the same name parts.
 */
public final class ScreeningBenchmark {

    private final SyntheticNames names;
    private final PrintWriter out;
    private final java.nio.file.@org.jspecify.annotations.Nullable Path answers;

    public ScreeningBenchmark(SyntheticNames names, PrintWriter out) {
        this(names, out, null);
    }

    /** With {@code answers}, each size's timed queries and their answers are also written there (for a diff between two builds). */
    public ScreeningBenchmark(SyntheticNames names, PrintWriter out, java.nio.file.@org.jspecify.annotations.Nullable Path answers) {
        this.names = names;
        this.out = out;
        this.answers = answers;
    }

    /** One size's figures. */
    public record Figures(int names, double buildSeconds, double buildCpuSeconds, long heapMb, double p50Ms, double p99Ms, double cpuP50Ms,
                          double cpuP99Ms, double queriesPerSecond, double cpuQueriesPerSecond, double variantsFound, int threads) {
    }

    public Figures run(int size, int queries) throws Exception {
        heapAfterGc();
        long before = heapAfterGc();
        var threadsMx = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long cpuStart = threadsMx.getCurrentThreadCpuTime();
        NameMatcher engine = new NameMatcher(withProgress(names.entities(size), size));
        double build = (System.nanoTime() - start) / 1e9;
        double buildCpu = (threadsMx.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        long heap = (heapAfterGc() - before) / (1024 * 1024);
        long total = heapAfterGc() / (1024 * 1024);
        List<Query> batch = queries(size, queries);
        // the timed parts start once the JIT has compiled the engine's paths (at most 12 passes over the batch)
        long w0 = System.nanoTime();
        var warm = JitWarmUp.untilQuiet(MAX_WARM_UP_PASSES,
                pass -> onAllCores(engine, batch, batch.size(), new java.util.concurrent.atomic.AtomicLong()));
        out.printf(Locale.ROOT, "  warm-up: %,d queries on %d threads in %.1f s (untimed; the JIT compiled %.0f %% of the last pass's time)%n",
                warm.passes() * batch.size(), Runtime.getRuntime().availableProcessors(), (System.nanoTime() - w0) / 1e9, 100 * warm.compiling());
        double[] latencies = new double[batch.size()];
        double[] cpu = new double[batch.size()];
        int found = 0;
        int variants = 0;
        StringBuilder answered = new StringBuilder();
        for (int i = 0; i < batch.size(); i++) {
            Query q = batch.get(i);
            long c0 = threadsMx.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            List<NameMatcher.Match> hits = engine.screen(q.entity(), 10);
            latencies[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = (threadsMx.getCurrentThreadCpuTime() - c0) / 1e6;
            if (answers != null) {
                answered.append(size).append(' ').append(i);
                hits.forEach(h -> answered.append(' ').append(h.id()).append('=').append(h.score()));
                answered.append('\n');
            }
            if (q.expectedId() != null) {
                variants++;
                if (hits.stream().anyMatch(h -> h.id().equals(q.expectedId()) && h.score() >= 0.70)) {
                    found++;
                }
            }
        }
        if (answers != null) {
            java.nio.file.Files.writeString(answers, answered, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        }
        Arrays.sort(latencies);
        Arrays.sort(cpu);
        java.util.concurrent.atomic.AtomicLong batchCpu = new java.util.concurrent.atomic.AtomicLong();
        int threads = Runtime.getRuntime().availableProcessors();
        int rounds = batch.size() * 3;
        long b0 = System.nanoTime();
        onAllCores(engine, batch, rounds, batchCpu);
        double qps = rounds / ((System.nanoTime() - b0) / 1e9);
        // what the same work gives when each thread has its core to itself (the machine may be shared)
        double cpuQps = rounds / (batchCpu.get() / 1e9 / threads);
        engine.close();
        Figures figures = new Figures(size, build, buildCpu, heap, percentile(latencies, 0.50), percentile(latencies, 0.99),
                percentile(cpu, 0.50), percentile(cpu, 0.99), qps, cpuQps, variants == 0 ? 0 : (double) found / variants, threads);
        out.printf(Locale.ROOT, "%,9d names | build %5.1f s (cpu %5.1f s) | heap %4d MB (JVM %4d MB) | wall p50 %5.2f p99 %6.2f ms | "
                        + "cpu p50 %5.2f p99 %5.2f ms | %,6.0f q/s wall, %,6.0f q/s cpu-bound on %d threads | variants found %.1f%%%n",
                size, build, buildCpu, heap, total, figures.p50Ms(), figures.p99Ms(), figures.cpuP50Ms(), figures.cpuP99Ms(), qps, cpuQps,
                threads, 100 * figures.variantsFound());
        out.flush();
        return figures;
    }

    /** Prints "indexing n / size names" every 5 % while the index is built (on one line when the output is a terminal). */
    private Iterable<ListedEntity> withProgress(Iterable<ListedEntity> entities, int size) {
        int step = Math.max(1, size / 20);
        long start = System.nanoTime();
        return () -> new java.util.Iterator<>() {
            private final java.util.Iterator<ListedEntity> inner = entities.iterator();
            private int done;
            private boolean ended;

            @Override
            public boolean hasNext() {
                boolean more = inner.hasNext();
                if (!more && !ended) {
                    ended = true;
                    out.printf(Locale.ROOT, "%s  indexed %,d names in %.1f s; merging the index …%n", System.console() != null ? "\r" : "", done,
                            (System.nanoTime() - start) / 1e9);
                    out.flush();
                }
                return more;
            }

            @Override
            public ListedEntity next() {
                if (++done % step == 0 && done < size) {
                    out.printf(Locale.ROOT, "%s  indexing %,d / %,d names (%.0f s)%s", System.console() != null ? "\r" : "", done, size,
                            (System.nanoTime() - start) / 1e9, System.console() != null ? "" : "\n");
                    out.flush();
                }
                return inner.next();
            }
        };
    }

    /** At most this many warm-up passes over the batch before anything is timed. */
    private static final int MAX_WARM_UP_PASSES = 12;

    /** Runs {@code rounds} queries of the batch on one thread per core; adds the threads' CPU time to {@code cpu}. */
    private static void onAllCores(NameMatcher engine, List<Query> batch, int rounds, java.util.concurrent.atomic.AtomicLong cpu) throws Exception {
        var threadsMx = ManagementFactory.getThreadMXBean();
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            AtomicInteger next = new AtomicInteger();
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    long c0 = threadsMx.getCurrentThreadCpuTime();
                    int i;
                    while ((i = next.getAndIncrement()) < rounds) {
                        engine.screen(batch.get(i % batch.size()).entity(), 10);
                    }
                    cpu.addAndGet(threadsMx.getCurrentThreadCpuTime() - c0);
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    record Query(ListedEntity entity, String expectedId) {
    }

    List<Query> queries(int size, int count) {
        Random r = new Random(42 + size);
        List<Query> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            if (i % 2 == 0) {
                SyntheticNames.Person p = names.person(r.nextInt(size));
                String name = variant(p, r);
                out.add(new Query(query(name, r.nextBoolean() ? p.birthDate() : null), p.id()));
            } else {
                SyntheticNames.Person p = names.person(size + 10_000_000L + r.nextInt(1_000_000));
                out.add(new Query(query(SyntheticNames.join(p.surname(), p.given()), p.birthDate()), null));
            }
        }
        return out;
    }

    private static String variant(SyntheticNames.Person p, Random r) {
        String surname = p.surname();
        String given = p.given();
        String patronymic = r.nextBoolean() ? p.patronymic() : "";
        List<String> parts = new ArrayList<>(List.of(given, patronymic, surname));
        if (r.nextBoolean()) {
            java.util.Collections.rotate(parts, 1);
        }
        String name = SyntheticNames.join(parts.toArray(String[]::new));
        if (p.russian() && r.nextBoolean()) {
            name = SyntheticNames.romanized(name, r);
        }
        if (r.nextInt(3) == 0) {
            name = typo(name, r);
        }
        return name;
    }

    /** Replaces one letter of the longest word (never the first letter). */
    private static String typo(String name, Random r) {
        String[] words = name.split(" ");
        int longest = 0;
        for (int i = 1; i < words.length; i++) {
            if (words[i].length() > words[longest].length()) {
                longest = i;
            }
        }
        String w = words[longest];
        if (w.length() < 6) {
            return name;
        }
        int at = 1 + r.nextInt(w.length() - 2);
        char c = w.charAt(at);
        char replacement = Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC ? "аеиоу".charAt(r.nextInt(5)) : "aeiou".charAt(r.nextInt(5));
        words[longest] = w.substring(0, at) + replacement + w.substring(at + 1);
        return String.join(" ", words);
    }

    private static ListedEntity query(String name, String birthDate) {
        return new ListedEntity("query", "Person", "", birthDate == null ? Map.of("name", List.of(name))
                : Map.of("name", List.of(name), "birthDate", List.of(birthDate)), "");
    }

    private static double percentile(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static long heapAfterGc() {
        System.gc();
        System.gc();
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return heap.getUsed();
    }
}
