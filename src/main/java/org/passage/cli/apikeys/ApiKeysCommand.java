package org.passage.cli.apikeys;

import picocli.CommandLine.Command;

/** {@code passage api-keys}: an organization's keys for the yente-compatible screening API. */
@Command(name = "api-keys", mixinStandardHelpOptions = true, description = "Create, list and revoke API keys for the screening API.",
        subcommands = {CreateApiKeyCommand.class, ListApiKeysCommand.class, RevokeApiKeyCommand.class})
public final class ApiKeysCommand {
}
