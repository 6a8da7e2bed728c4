package org.passage.cli.retention;

import picocli.CommandLine.Command;

/** {@code passage retention}: erasure by the retention rules, and the deletion records it leaves. */
@Command(name = "retention", mixinStandardHelpOptions = true, description = "Run the retention rules and check deletion records.",
        subcommands = {RetentionRunCommand.class, DeletionRecordsCommand.class})
public final class RetentionCommand {
}
