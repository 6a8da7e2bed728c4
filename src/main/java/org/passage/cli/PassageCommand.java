package org.passage.cli;

import org.passage.cli.audit.AuditCommand;
import org.passage.cli.bench.BenchCommand;
import org.passage.cli.bench.EvalCommand;
import org.passage.cli.keys.KeysCommand;
import org.passage.cli.geo.GeoCommand;
import org.passage.cli.totp.TotpCodeCommand;
import org.passage.cli.telegram.TelegramCommand;
import org.passage.cli.units.UnitsCommand;
import org.passage.cli.lists.ListsCommand;
import picocli.CommandLine.Command;

/**
 * The root of the {@code passage} command line. Each feature contributes its commands here; a command that
 * needs the database or the web server says so with {@link org.passage.cli.ApplicationCommand}.
 */
@Command(name = "passage", mixinStandardHelpOptions = true, version = "Passage 0.1.0",
        description = "Case management, screening and vetting for organizations that help war resisters.",
        subcommands = {ServeCommand.class, DemoCommand.class, KeysCommand.class, AuditCommand.class, TotpCodeCommand.class,
                ListsCommand.class, GeoCommand.class, EvalCommand.class, org.passage.cli.dossier.DossierCommand.class, BenchCommand.class, UnitsCommand.class, picocli.CommandLine.HelpCommand.class,
                TelegramCommand.class, DataCommand.class, org.passage.cli.apikeys.ApiKeysCommand.class,
                org.passage.cli.retention.RetentionCommand.class,
                org.passage.cli.backup.BackupCommand.class, org.passage.cli.backup.RestoreCommand.class})
public class PassageCommand {
}
