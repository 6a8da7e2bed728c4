package org.passage.cli.units;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.passage.cli.ApplicationCommand;
import org.passage.units.UnitSources;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine.Command;

/** {@code passage units status}: what the knowledge base holds and when it was last imported. */
@ApplicationCommand
@Command(name = "status", mixinStandardHelpOptions = true, description = "Show what the unit knowledge base holds.")
public final class UnitsStatusCommand implements Callable<Integer> {

    UnitSources statistics;

    /** Injected once the application has started (a setter: commands are made by picocli, not by Spring). */
    @Autowired
    void setStatistics(UnitSources statistics) {
        this.statistics = statistics;
    }

    @Override
    public Integer call() {
        statistics.counts().forEach((what, n) -> System.out.printf(Locale.ROOT, "%-28s %,d%n", what, n));
        System.out.println("last import: " + statistics.lastImport().orElse("never"));
        return 0;
    }
}
