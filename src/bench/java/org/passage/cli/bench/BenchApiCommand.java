package org.passage.cli.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.passage.bench.api.ApiBenchmark;
import org.passage.cli.ApplicationCommand;
import org.passage.cli.ConfiguresApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code passage bench api}: the screening API timed over HTTP. Starts the application on an ephemeral loopback
 * port against its database, imports the OFAC SDN list from the shared data folder, and fires /api/match requests
 * with an API key, after a warm-up: one after another (latency), then from two clients at once (throughput).
 */
@Command(name = "api", mixinStandardHelpOptions = true,
        description = "Benchmark POST /api/match over HTTP against the OFAC SDN list (see docs/benchmarks.md).")
@ApplicationCommand(web = true)
public final class BenchApiCommand implements Callable<Integer>, ConfiguresApplication {

    @Option(names = "--data", defaultValue = "../shared/data", description = "the shared data folder (default ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--requests", defaultValue = "2000", description = "requests per phase, at most 5000 (default ${DEFAULT-VALUE})")
    int requests;

    @Option(names = "--warm-up", defaultValue = "3000", description = "requests sent unmeasured first, while the JIT compiles (default ${DEFAULT-VALUE})")
    int warmUp;

    @Option(names = "--client", defaultValue = "PLAIN", description = "PLAIN: one kept-alive socket per client, JDK: the JDK's HttpClient,"
            + " which costs the shared cores more (default ${DEFAULT-VALUE})")
    ApiBenchmark.ClientKind client;

    ApiBenchmark benchmark;

    /** Injected once the application has started (a setter: commands are made by picocli, not by Spring). */
    @Autowired
    void setBenchmark(ApiBenchmark benchmark) {
        this.benchmark = benchmark;
    }

    ConfigurableApplicationContext context;

    /** Injected once the application has started (a setter: commands are made by picocli, not by Spring). */
    @Autowired
    void setContext(ConfigurableApplicationContext context) {
        this.context = context;
    }

    @Override
    public java.util.Map<String, Object> applicationProperties() {
        // a database of its own under data/bench-api, so the benchmark neither needs nor touches the real data
        // (nor the intake organization the real data must have)
        return java.util.Map.of("server.port", 0, "server.address", "127.0.0.1", "logging.level.root", "WARN",
                "passage.data-dir", "data/bench-api", "passage.keys-dir", "data/bench-api-keys", "passage.intake.organization", "API benchmark");
    }

    @Override
    public Integer call() throws Exception {
        int code;
        Path list = data.resolve("ofac-sdn/2026-08-20_json/ofac-sdn.json");
        if (!Files.isRegularFile(list)) {
            System.err.println("No OFAC SDN list at " + list.toAbsolutePath() + " (give --data DIR)");
            code = 2;
        } else if (requests < 10 || requests > 5_000) {
            System.err.println("--requests: from 10 to 5000");
            code = 2;
        } else if (warmUp < 1 || warmUp > 20_000) {
            System.err.println("--warm-up: from 1 to 20000");
            code = 2;
        } else {
            code = benchmark.run(list, requests, warmUp, client);
        }
        // unlike `serve`, the server is only needed while the benchmark runs
        System.exit(SpringApplication.exit(context, () -> code));
        return code;
    }
}
