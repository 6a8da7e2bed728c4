package org.passage.cli.audit;

import picocli.CommandLine.Command;

/** {@code passage audit}: commands on the audit trail. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "Check the audit trail.",
        subcommands = VerifyAuditCommand.class)
public final class AuditCommand {
}
