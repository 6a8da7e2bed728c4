package org.passage.cli;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * Parses the command line first, then starts Spring only if the chosen command is an
 * {@link ApplicationCommand}. Errors in the arguments are reported by picocli before anything starts.
 */
public final class CommandRunner {

    /** Returned when the command left the web server running: the JVM must not exit. */
    public static final int KEEP_RUNNING = Integer.MIN_VALUE;

    private final Class<?> application;
    private final Object rootCommand;
    private ConfigurableApplicationContext context;
    private boolean web;

    public CommandRunner(Class<?> application, Object rootCommand) {
        this.application = application;
        this.rootCommand = rootCommand;
    }

    public int run(String... args) {
        var commandLine = new CommandLine(rootCommand);
        commandLine.setExecutionStrategy(this::execute);
        int code = commandLine.execute(args);
        if (web && code == 0) {
            return KEEP_RUNNING;
        }
        if (context != null) {
            context.close();
        }
        return code;
    }

    private int execute(ParseResult parseResult) {
        if (CommandLine.printHelpIfRequested(parseResult)) {
            return 0;
        }
        ParseResult leaf = parseResult;
        while (leaf.hasSubcommand()) {
            leaf = leaf.subcommand();
        }
        Object command = leaf.commandSpec().userObject();
        ApplicationCommand marker = command.getClass().getAnnotation(ApplicationCommand.class);
        if (marker != null) {
            web = marker.web();
            context = start(command, marker.web());
            context.getAutowireCapableBeanFactory().autowireBean(command);
        }
        return new CommandLine.RunLast().execute(parseResult);
    }

    private ConfigurableApplicationContext start(Object command, boolean withWebServer) {
        var app = new SpringApplication(application);
        app.setWebApplicationType(withWebServer ? WebApplicationType.SERVLET : WebApplicationType.NONE);
        // a command's own settings (quiet logs, a port, a flag) are given as Spring command-line arguments,
        // which rank above application.yaml and below nothing but explicit system properties
        // (once per key: Spring joins a key given twice into "WARN,WARN", which no setting accepts)
        var settings = new java.util.LinkedHashMap<String, Object>();
        if (!withWebServer) {
            settings.put("spring.main.banner-mode", "off");
            settings.put("logging.level.root", "WARN");
        }
        if (command instanceof ConfiguresApplication configures) {
            settings.putAll(configures.applicationProperties());
        }
        List<String> arguments = new ArrayList<>();
        settings.forEach((key, value) -> arguments.add("--" + key + "=" + value));
        return app.run(arguments.toArray(String[]::new));
    }
}
