package org.passage.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.passage.demo.DemoSeeder;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code passage demo}: the embedded database, a demo organization with users and cases, and the web server. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Start Passage on the embedded PostgreSQL with demo data and print the demo logins.")
@ApplicationCommand(web = true)
public final class DemoCommand implements Callable<Integer>, ConfiguresApplication {

    @Option(names = "--port", description = "HTTP port (default: ${DEFAULT-VALUE})", defaultValue = "8080")
    int port;

    @Autowired
    List<DemoSeeder> seeders = List.of();

    @Override
    public Map<String, Object> applicationProperties() {
        // demo cases are never erased by the retention schedule while someone looks at them
        return Map.of("server.port", port, "passage.demo", true, "passage.retention.schedule", "-");
    }

    @Override
    public Integer call() {
        var console = System.out;
        DemoSeeder.seedAll(seeders, console);
        console.println();
        console.println("Passage demo is running at http://localhost:" + port + "/   (Ctrl+C to stop)");
        return 0;
    }
}
