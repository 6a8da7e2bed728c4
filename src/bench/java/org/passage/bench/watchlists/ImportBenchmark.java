package org.passage.bench.watchlists;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.passage.watchlists.ImportFormat;
import org.passage.watchlists.ImportProgress;
import org.passage.watchlists.ImportRequest;
import org.passage.watchlists.Watchlists;

/**
 * What {@code passage bench import} runs: times the importers on the real files of the shared data folder, parsing alone
 * and parse + store (a first import into an empty list, so every entity is written), and prints a table of
 * medians for docs/benchmarks.md. FtM throughput is measured on a file of 100,000 entities made by repeating
 * the real OpenSanctions fixture entities under new ids (written to a temporary file, deleted afterwards).
 */
@org.springframework.stereotype.Component
public final class ImportBenchmark {

    private final Watchlists watchlists;
    private final ServerCpu serverCpu;
    private Path data;
    private int runs;
    private int ftmEntities;
    private @org.jspecify.annotations.Nullable String only;

    ImportBenchmark(Watchlists watchlists, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.watchlists = watchlists;
        this.serverCpu = new ServerCpu(jdbc);
    }

    record Case(String label, ImportFormat format, Path path) {
    }

    /** Runs the cases and prints the table; returns the process exit code. */
    public int run(Path data, int runs, int ftmEntities, @org.jspecify.annotations.Nullable String only) throws IOException {
        this.data = data;
        this.runs = runs;
        this.ftmEntities = ftmEntities;
        this.only = only;
        if (!Files.isDirectory(data.resolve("ofac-sdn"))) {
            System.err.println("No shared data folder at " + data.toAbsolutePath() + " (give --data DIR)");
            return 2;
        }
        Path ftm = Files.createTempFile("passage-bench-ftm", ".json");
        try {
            long written = writeFtm(ftm);
            List<Case> cases = List.of(
                    new Case("OFAC SDN legacy CSV 2024-05-03 (sdn.csv with remarks)", ImportFormat.OFAC_CSV, data.resolve("ofac-sdn/2024-05-03_legacy")),
                    new Case("OFAC SDN legacy CSV 2021-07-07 (sdn+alt+add+comments)", ImportFormat.OFAC_CSV, data.resolve("ofac-sdn/2021-07-07_legacy")),
                    new Case("OFAC SDN JSON 2026-08-20", ImportFormat.OFAC_JSON, data.resolve("ofac-sdn/2026-08-20_json/ofac-sdn.json")),
                    new Case("UN SC consolidated XML", ImportFormat.UN_XML, data.resolve("un-sc-consolidated/UN_consolidated_2026-02-27.xml")),
                    new Case("UK FCDO tables 2026-04", ImportFormat.UK_CSV, data.resolve("uk-sanctions/fcdo-transformed-2026-04")),
                    new Case("EU Official Journal CSV (56 files)", ImportFormat.EU_CSV, data.resolve("eu-sanctions-oj")),
                    new Case("FtM JSON lines (" + String.format(Locale.ROOT, "%,d", written) + " lines from real fixtures)", ImportFormat.FTM, ftm));
            System.out.printf(Locale.ROOT, "Load average before: %s (on %d processors)%n",
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
            System.out.printf(Locale.ROOT, "| source | entities | parse (median, wall) | parse entities/s (wall) | parse entities/s per CPU-second | parse + store (median, wall) | stored entities/s | store CPU, JVM + PostgreSQL | re-import unchanged |%n");
            System.out.printf(Locale.ROOT, "|---|---:|---:|---:|---:|---:|---:|---:|---:|%n");
            for (Case c : cases) {
                if (only != null && !c.label().contains(only)) {
                    continue;
                }
                run(c);
            }
        } finally {
            Files.deleteIfExists(ftm);
        }
        return 0;
    }

    private void run(Case c) {
        long entities = 0;
        double[] parse = new double[runs];
        double[] parseCpu = new double[runs];
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = -1; i < runs; i++) {
            long t = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            entities = watchlists.dryRun(new ImportRequest("bench", c.format(), c.path(), null));
            if (i >= 0) {
                parse[i] = (System.nanoTime() - t) / 1e9;
                parseCpu[i] = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
            }
        }
        String list = "bench-" + c.format().cliName();
        double[] store = new double[runs];
        double[] storeJvmCpu = new double[runs];
        double[] storeServerCpu = new double[runs];
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        double unchanged = 0;
        for (int i = -1; i < runs; i++) {
            watchlists.forget(list);
            long t = System.nanoTime();
            long jvm = os.getProcessCpuTime();
            double server = serverCpu.seconds();
            watchlists.importVersion(new ImportRequest(list, c.format(), c.path(), null), ImportProgress.NONE);
            if (i >= 0) {
                store[i] = (System.nanoTime() - t) / 1e9;
                storeJvmCpu[i] = (os.getProcessCpuTime() - jvm) / 1e9;
                storeServerCpu[i] = serverCpu.seconds() - server;
            }
        }
        long t = System.nanoTime();
        watchlists.importVersion(new ImportRequest(list, c.format(), c.path(), null), ImportProgress.NONE);
        unchanged = (System.nanoTime() - t) / 1e9;
        watchlists.forget(list);
        double p = median(parse);
        double pc = median(parseCpu);
        double s = median(store);
        System.out.printf(Locale.ROOT, "| %s | %,d | %.3f s | %,.0f | %,.0f | %.3f s | %,.0f | %.2f + %.2f s | %.3f s |%n", c.label(), entities, p,
                entities / p, entities / pc, s, entities / s, median(storeJvmCpu), median(storeServerCpu), unchanged);
    }

    private long writeFtm(Path target) throws IOException {
        List<String> lines = new ArrayList<>();
        Path fixtures = data.resolve("opensanctions-ftm");
        for (String file : List.of("yente-fixtures/zala/entities.ftm.json", "yente-fixtures/t1/entities.ftm.json",
                "yente-fixtures/parteispenden/entities.ftm.json")) {
            for (String line : Files.readAllLines(fixtures.resolve(file), StandardCharsets.UTF_8)) {
                if (line.contains("\"schema\": \"Person\"") || line.contains("\"schema\":\"Person\"") || line.contains("Company\"")
                        || line.contains("Organization\"") || line.contains("LegalEntity\"")) {
                    lines.add(line);
                }
            }
        }
        long written = 0;
        try (BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            for (int copy = 0; written < ftmEntities; copy++) {
                for (String line : lines) {
                    if (written == ftmEntities) {
                        break;
                    }
                    // a new id per copy: "id": "X" → "id": "X-c<copy>"
                    out.write(line.replaceFirst("\"id\": ?\"([^\"]+)\"", "\"id\": \"$1-c" + copy + "\""));
                    out.newLine();
                    written++;
                }
            }
        }
        return written;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
