package org.passage.cli.bench;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.passage.bench.screening.ScreeningBenchmark;
import org.passage.bench.screening.SyntheticNames;
import org.passage.bench.screening.VariantDiagnostic;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code passage bench screening}: latency, throughput, build time and heap at 10k, 100k and 1M indexed names. */
@Command(name = "screening", mixinStandardHelpOptions = true,
        description = "Benchmarks screening at 10k, 100k and 1M indexed names, grown by re-combining real name parts.")
public final class BenchScreeningCommand implements Callable<Integer> {

    @Option(names = "--sizes", split = ",", defaultValue = "10000,100000,1000000", description = "numbers of indexed names (default ${DEFAULT-VALUE})")
    List<Integer> sizes;

    @Option(names = "--queries", defaultValue = "2000", description = "queries per size (default ${DEFAULT-VALUE})")
    int queries;

    @Option(names = "--data", defaultValue = "../shared/data", description = "the shared data folder with the name tables (default ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--diagnose", description = "instead of timing, tell why missed variant queries are missed (with examples)")
    boolean diagnose;

    @Option(names = "--answers", description = "also write each timed query's answers (ids and scores, one line per query) to this file, "
            + "to show that a change to the engine changed no answer (compare two runs with diff)")
    @org.jspecify.annotations.Nullable Path answers;

    @Override
    public Integer call() throws Exception {
        var out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        SyntheticNames names = SyntheticNames.load(data, 7);
        if (diagnose) {
            for (int size : sizes) {
                new VariantDiagnostic(names, out).run(size, queries, 25);
            }
            return 0;
        }
        out.println("Screening benchmark. Names grown by re-combining real parts — " + names.source() + ".");
        out.println("Each entity has one name: a Russian surname + given name + patronymic (gender-consistent, drawn by frequency; "
                + "2 in 5 written in Latin by a random romanisation system) or, 1 in 5, a foreign given name + surname.");
        out.println("Queries: half are listed people written another way (other script or system, order, patronymic dropped, 1 in 3 with a typo), "
                + "half fresh combinations. JVM max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB, "
                + Runtime.getRuntime().availableProcessors() + " cores.");
        if (answers != null) {
            java.nio.file.Files.deleteIfExists(answers); // each size appends its answers: start from an empty file
        }
        var bench = new ScreeningBenchmark(names, out, answers);
        for (int size : sizes) {
            bench.run(size, queries);
        }
        return 0;
    }
}
