package org.passage.cli;

import java.util.HashMap;
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

    // The README sends a newcomer to a data folder; a flag is where he looks for how to name it (the property alone
    // answered "Unknown option")
    @Option(names = "--data-from", paramLabel = "DIR",
            description = "Folder laid out like ../shared/data to load the datasets from (default: ../shared/data)")
    String dataFrom;

    @Autowired
    List<DemoSeeder> seeders = List.of();

    @Override
    public Map<String, Object> applicationProperties() {
        // demo cases are never erased by the retention schedule while someone looks at them
        Map<String, Object> properties = new HashMap<>(Map.of("server.port", port, "passage.demo", true, "passage.retention.schedule", "-"));
        if (dataFrom != null) {
            properties.put("passage.datasets.demo-from", dataFrom);
        }
        return properties;
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
