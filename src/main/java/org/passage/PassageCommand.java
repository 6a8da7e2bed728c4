package org.passage;

import org.passage.audit.AuditCommand;
import org.passage.cli.DemoCommand;
import org.passage.cli.ServeCommand;
import org.passage.crypto.KeysCommand;
import org.passage.geo.GeoCommand;
import org.passage.security.TotpCodeCommand;
import org.passage.telegram.TelegramCommand;
import org.passage.units.UnitsCommand;
import org.passage.watchlists.ListsCommand;
import picocli.CommandLine.Command;

/**
 * The root of the {@code passage} command line. Each feature contributes its commands here; a command that
 * needs the database or the web server says so with {@link org.passage.cli.ApplicationCommand}.
 */
@Command(name = "passage", mixinStandardHelpOptions = true, version = "Passage 0.1.0",
        description = "Case management, screening and vetting for organizations that help war resisters.",
        subcommands = {ServeCommand.class, DemoCommand.class, KeysCommand.class, AuditCommand.class, TotpCodeCommand.class,
                ListsCommand.class, GeoCommand.class, EvalCommand.class, org.passage.dossier.DossierCommand.class, BenchCommand.class, UnitsCommand.class, picocli.CommandLine.HelpCommand.class,
                TelegramCommand.class, org.passage.cli.DataCommand.class})
class PassageCommand {
}
