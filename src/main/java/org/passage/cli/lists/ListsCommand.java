package org.passage.cli.lists;

import picocli.CommandLine.Command;

/** {@code passage lists …}: import a watchlist version, show the lists and their live versions. */
@Command(name = "lists", mixinStandardHelpOptions = true, description = "Import and inspect watchlists (sanctions, war crimes, intelligence officers).",
        subcommands = {ImportListCommand.class, ListListsCommand.class})
public final class ListsCommand {
}
