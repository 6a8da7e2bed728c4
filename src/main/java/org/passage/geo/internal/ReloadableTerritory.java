package org.passage.geo.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.passage.geo.Coordinates;
import org.passage.geo.DatePeriod;
import org.passage.geo.GeoStatus;
import org.passage.geo.Territory;
import org.passage.geo.TerritoryStatus;

/**
 * The territory the application serves, loaded on first use and replaced only by a reload that read every file
 * without error: a broken new snapshot leaves the previous data answering.
 */
public final class ReloadableTerritory implements Territory {

    private final Supplier<TerritoryEngine> loader;
    private final AtomicReference<@Nullable TerritoryEngine> current = new AtomicReference<>();

    public ReloadableTerritory(Supplier<TerritoryEngine> loader) {
        this.loader = loader;
    }

    /** Loads everything anew; on failure the exception names the file and feature and the old data stays. */
    public synchronized void reload() {
        current.set(loader.get().loadEverything());
    }

    /** Whether anything was loaded yet (a reload before first use would only do work nobody asked for). */
    public boolean isLoaded() {
        return current.get() != null;
    }

    private TerritoryEngine engine() {
        TerritoryEngine engine = current.get();
        if (engine == null) {
            synchronized (this) {
                engine = current.get();
                if (engine == null) {
                    engine = loader.get();
                    current.set(engine);
                }
            }
        }
        return engine;
    }

    @Override
    public TerritoryStatus status(Coordinates point, DatePeriod period) {
        return engine().status(point, period);
    }

    @Override
    public GeoStatus statusAt(Coordinates point, LocalDate date) {
        return engine().statusAt(point, date);
    }

    @Override
    public DatePeriod coverage() {
        return engine().coverage();
    }

    @Override
    public List<String> sources() {
        return engine().sources();
    }

    @Override
    public List<String> warnings() {
        return engine().warnings();
    }

    @Override
    public String mapLayers(LocalDate date) {
        return engine().mapLayers(date);
    }
}
