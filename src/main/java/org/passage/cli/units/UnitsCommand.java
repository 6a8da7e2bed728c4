package org.passage.cli.units;

import picocli.CommandLine.Command;

/** {@code passage units …}: import the unit and incident sources, and show what is loaded. */
@Command(name = "units", mixinStandardHelpOptions = true, description = "Import and inspect the unit knowledge base (units, positions, incidents, links).",
        subcommands = {UnitsImportCommand.class, UnitsStatusCommand.class})
public final class UnitsCommand {
}
