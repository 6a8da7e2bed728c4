package org.passage.cli.bench;

import picocli.CommandLine.Command;

/** {@code passage eval ...}: measures a feature's quality on labelled data; needs no database, except vetting, which runs in a database of its own. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Measure quality on labelled data.",
        subcommands = {EvalScreeningCommand.class, EvalVettingCommand.class})
public class EvalCommand {
}
