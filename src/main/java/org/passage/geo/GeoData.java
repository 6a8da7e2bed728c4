package org.passage.geo;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jspecify.annotations.Nullable;
import org.passage.geo.internal.GeoLoader;
import org.passage.geo.internal.TerritoryEngine;

/**
 * The loaded geo data: the territory engine and the gazetteer. {@link #load(Path)} reads the shared data folder
 * (snapshots lazily); {@link #bundled()} uses only what ships with Passage and answers the country level.
 */
public final class GeoData {

    private final CompletableFuture<TerritoryEngine> territory;
    private final @Nullable Path dataDir;
    private volatile @Nullable Gazetteer gazetteer;

    private GeoData(CompletableFuture<TerritoryEngine> territory, @Nullable Path dataDir) {
        this.territory = territory;
        this.dataDir = dataDir;
    }

    public static GeoData load(Path dataDir) {
        return load(dataDir, Clock.systemUTC());
    }

    /**
     * Starts reading the borders and the snapshot index in the background (the command line meanwhile resolves
     * the place name); the gazetteer is read on first use only.
     */
    public static GeoData load(@Nullable Path dataDir, Clock clock) {
        var territory = new CompletableFuture<TerritoryEngine>();
        Thread.ofPlatform().daemon().name("geo-load").start(() -> {
            try {
                territory.complete(GeoLoader.territory(dataDir, clock));
            } catch (Throwable e) {
                territory.completeExceptionally(e);
            }
        });
        return new GeoData(territory, dataDir);
    }

    public static GeoData bundled() {
        return load(null, Clock.systemUTC());
    }

    public Territory territory() {
        return engine();
    }

    public Gazetteer gazetteer() {
        Gazetteer loaded = gazetteer;
        if (loaded == null) {
            synchronized (this) {
                loaded = gazetteer;
                if (loaded == null) {
                    loaded = GeoLoader.gazetteer(dataDir);
                    gazetteer = loaded;
                }
            }
        }
        return loaded;
    }

    /**
     * "282 snapshots, 17 identical to the one before and sharing its polygons", and the snapshots set aside as
     * contradicting their neighbours with why (after {@link #loadEverything()}).
     */
    public String loadSummary() {
        TerritoryEngine engine = engine();
        List<String> setAside = engine.setAsideSnapshots();
        return engine.snapshotCount() + " snapshots, " + engine.sharedSnapshots() + " identical to the one before and sharing its polygons"
                + (setAside.isEmpty() ? "" : "; set aside as contradicting their neighbours: " + String.join("; ", setAside));
    }

    private TerritoryEngine engine() {
        try {
            return territory.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** Reads every snapshot now: a broken file fails here, naming the file and feature, rather than mid-query. */
    public GeoData loadEverything() {
        engine().loadEverything();
        return this;
    }
}
