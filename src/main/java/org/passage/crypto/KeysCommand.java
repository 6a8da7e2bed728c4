package org.passage.crypto;

import org.passage.crypto.internal.RotateKeysCommand;
import picocli.CommandLine.Command;

/** {@code passage keys}: the key hierarchy's maintenance commands. */
@Command(name = "keys", mixinStandardHelpOptions = true, description = "Manage the encryption keys.",
        subcommands = RotateKeysCommand.class)
public final class KeysCommand {
}
