package org.passage.cli.bench;

import java.util.concurrent.Callable;
import org.passage.bench.search.SearchBenchmark;
import org.passage.cli.ApplicationCommand;
import org.passage.cli.ConfiguresApplication;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code passage bench search}: the case list's search at 10,000 cases, in a database of its own. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Benchmark searching the cases of one organization (names in any script, codes) at 10,000 cases.")
@ApplicationCommand
public final class BenchSearchCommand implements Callable<Integer>, ConfiguresApplication {

    @Option(names = "--cases", defaultValue = "10000", description = "cases to open, at most 50000 (default ${DEFAULT-VALUE})")
    int size;

    @Option(names = "--queries", defaultValue = "200", description = "searches per kind (default ${DEFAULT-VALUE})")
    int queries;

    SearchBenchmark benchmark;

    /** Injected once the application has started (a setter: commands are made by picocli, not by Spring). */
    @Autowired
    void setBenchmark(SearchBenchmark benchmark) {
        this.benchmark = benchmark;
    }

    @Override
    public java.util.Map<String, Object> applicationProperties() {
        return java.util.Map.of("logging.level.root", "WARN", "passage.data-dir", "data/bench-search", "passage.keys-dir", "data/bench-search-keys",
                "passage.intake.organization", "Search benchmark");
    }

    @Override
    public Integer call() {
        if (size < 1 || size > 50_000 || queries < 1) {
            System.err.println("--cases: from 1 to 50000; --queries: at least 1");
            return 2;
        }
        return benchmark.run(size, queries, System.out);
    }
}
