package org.passage.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code passage serve}: runs the web application on its configured database. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Start the Passage web application.")
@ApplicationCommand(web = true)
public final class ServeCommand implements Callable<Integer>, ConfiguresApplication {

    @Option(names = "--port", description = "HTTP port (default: ${DEFAULT-VALUE})", defaultValue = "8080")
    int port;

    @Override
    public Map<String, Object> applicationProperties() {
        return Map.of("server.port", port);
    }

    @Override
    public Integer call() {
        System.out.println("Passage is running at http://localhost:" + port + "/");
        return 0;
    }
}
