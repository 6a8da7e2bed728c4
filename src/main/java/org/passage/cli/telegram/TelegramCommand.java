package org.passage.cli.telegram;

import picocli.CommandLine.Command;

/** {@code passage telegram …}: the Telegram bot's commands. */
@Command(name = "telegram", mixinStandardHelpOptions = true, description = "The Telegram bot.",
        subcommands = {SimulateCommand.class})
public final class TelegramCommand {
}
