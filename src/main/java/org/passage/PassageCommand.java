package org.passage;

import org.passage.cli.DemoCommand;
import org.passage.cli.ServeCommand;
import picocli.CommandLine.Command;

/**
 * The root of the {@code passage} command line. Each feature contributes its commands here; a command that
 * needs the database or the web server says so with {@link org.passage.cli.ApplicationCommand}.
 */
@Command(name = "passage", mixinStandardHelpOptions = true, version = "Passage 0.1.0",
        description = "Case management, screening and vetting for organizations that help war resisters.",
        subcommands = {ServeCommand.class, DemoCommand.class, EvalCommand.class, BenchCommand.class,
                picocli.CommandLine.HelpCommand.class})
class PassageCommand {
}
