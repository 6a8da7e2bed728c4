package org.passage.cli.lists;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.passage.cli.ApplicationCommand;
import org.passage.watchlists.Watchlists;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine.Command;

/** {@code passage lists list}: every list with its live version and what that version changed. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "Show the watchlists, their live versions and counts.")
@ApplicationCommand
public final class ListListsCommand implements Callable<Integer> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    Watchlists watchlists;

    /** Injected once the application has started (a setter: commands are made by picocli, not by Spring). */
    @Autowired
    void setWatchlists(Watchlists watchlists) {
        this.watchlists = watchlists;
    }

    @Override
    public Integer call() {
        var lists = watchlists.summaries();
        if (lists.isEmpty()) {
            System.out.println("No watchlists yet. Import one: ./passage lists import --format ofac-csv PATH");
            return 0;
        }
        System.out.printf(Locale.ROOT, "%-16s %-10s %7s %-17s %9s %8s %8s %8s  %s%n", "LIST", "FORMAT", "VERSION", "IMPORTED (UTC)",
                "ENTITIES", "ADDED", "CHANGED", "REMOVED", "SOURCE");
        for (var s : lists) {
            System.out.printf(Locale.ROOT, "%-16s %-10s %7d %-17s %,9d %,8d %,8d %,8d  %s%n", s.name(), s.format(), s.liveVersion(),
                    s.importedAt() == null ? "-" : WHEN.format(s.importedAt()), s.entities(), s.added(), s.changed(), s.removed(), s.sourceName()
                    + (s.datasetVersion() == null ? " (imported by hand)" : " (dataset " + s.datasetVersion() + ")"));
        }
        return 0;
    }
}
