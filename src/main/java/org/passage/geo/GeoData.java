package org.passage.geo;

import java.nio.file.Path;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.passage.geo.internal.GeoLoader;
import org.passage.geo.internal.TerritoryEngine;

/**
 * The loaded geo data: the territory engine and the gazetteer. {@link #load(Path)} reads the shared data folder
 * (snapshots lazily); {@link #bundled()} uses only what ships with Passage and answers the country level.
 */
public final class GeoData {

    private final TerritoryEngine territory;
    private final Gazetteer gazetteer;

    private GeoData(TerritoryEngine territory, Gazetteer gazetteer) {
        this.territory = territory;
        this.gazetteer = gazetteer;
    }

    public static GeoData load(Path dataDir) {
        return load(dataDir, Clock.systemUTC());
    }

    public static GeoData load(@Nullable Path dataDir, Clock clock) {
        return new GeoData(GeoLoader.territory(dataDir, clock), GeoLoader.gazetteer(dataDir));
    }

    public static GeoData bundled() {
        return load(null, Clock.systemUTC());
    }

    public Territory territory() {
        return territory;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** Reads every snapshot now: a broken file fails here, naming the file and feature, rather than mid-query. */
    public GeoData loadEverything() {
        territory.loadEverything();
        return this;
    }
}
