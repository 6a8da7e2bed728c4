package org.passage.cli.bench;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.passage.bench.web.WebBenchmark;
import org.passage.cli.ApplicationCommand;
import org.passage.cli.ConfiguresApplication;
import org.passage.demo.DemoSeeder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code passage bench web}: the staff pages under load. Starts the application on an ephemeral loopback port with
 * the demo's data in a folder of its own (seeded the first time, as {@code passage demo} does), logs N coordinators
 * in through the real login steps, and has each walk the start page, the case list, a case page and its vetting
 * page for a bounded time (after an unmeasured warm-up, with an optional think time between pages); prints
 * p50/p95/p99 per page, the errors and the JVM's CPU per request.
 */
@Command(name = "web", mixinStandardHelpOptions = true,
        description = "Benchmark the staff pages with N logged-in sessions on the demo data (see docs/benchmarks.md).")
@ApplicationCommand(web = true)
public final class BenchWebCommand implements Callable<Integer>, ConfiguresApplication {

    @Option(names = "--sessions", defaultValue = "50", description = "logged-in staff sessions, 1 to 200 (default ${DEFAULT-VALUE})")
    int sessions;

    @Option(names = "--seconds", defaultValue = "60", description = "how long they walk the pages, 5 to 3600 (default ${DEFAULT-VALUE})")
    int seconds;

    @Option(names = "--think", defaultValue = "0", description = "pause between two pages of a session in ms, drawn ±50 %%, "
            + "0 to 60000 (default ${DEFAULT-VALUE}: a closed loop, the next page as soon as the last arrived)")
    int think;

    @Option(names = "--warm-up", defaultValue = "10", description = "seconds the sessions walk unmeasured first, 0 to 600 (default ${DEFAULT-VALUE})")
    int warmUp;

    @Autowired
    List<DemoSeeder> seeders = List.of();

    WebBenchmark benchmark;

    /** Injected once the application has started (a setter: commands are made by picocli, not by Spring). */
    @Autowired
    void setBenchmark(WebBenchmark benchmark) {
        this.benchmark = benchmark;
    }

    ConfigurableApplicationContext context;

    /** Injected once the application has started (a setter: commands are made by picocli, not by Spring). */
    @Autowired
    void setContext(ConfigurableApplicationContext context) {
        this.context = context;
    }

    @Override
    public Map<String, Object> applicationProperties() {
        // the demo's data in a database of its own under data/bench-web: the benchmark never touches the real data
        return Map.of("server.port", 0, "server.address", "127.0.0.1", "logging.level.root", "WARN",
                "passage.data-dir", "data/bench-web", "passage.keys-dir", "data/bench-web-keys", "passage.demo", true);
    }

    @Override
    public Integer call() throws Exception {
        int code;
        if (sessions < 1 || sessions > 200) {
            System.err.println("--sessions: from 1 to 200");
            code = 2;
        } else if (seconds < 5 || seconds > 3600) {
            System.err.println("--seconds: from 5 to 3600");
            code = 2;
        } else if (think < 0 || think > 60_000 || warmUp < 0 || warmUp > 600) {
            System.err.println("--think: from 0 to 60000 ms; --warm-up: from 0 to 600 s");
            code = 2;
        } else {
            long t0 = System.nanoTime();
            // the demo's accounts and passwords are not for this output; seeding adds nothing the second time
            DemoSeeder.seedAll(seeders, new PrintStream(OutputStream.nullOutputStream()));
            System.out.printf(java.util.Locale.ROOT, "Demo data ready in %.1f s (data/bench-web)%n", (System.nanoTime() - t0) / 1e9);
            code = benchmark.run(sessions, seconds, think, warmUp);
        }
        // unlike `serve`, the server is only needed while the benchmark runs
        System.exit(SpringApplication.exit(context, () -> code));
        return code;
    }
}
