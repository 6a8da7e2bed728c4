package org.passage.cli.keys;

import picocli.CommandLine.Command;

/** {@code passage keys}: the key hierarchy's maintenance commands. */
@Command(name = "keys", mixinStandardHelpOptions = true, description = "Manage the encryption keys.",
        subcommands = {RotateKeysCommand.class, SealByCaseCommand.class})
public final class KeysCommand {
}
