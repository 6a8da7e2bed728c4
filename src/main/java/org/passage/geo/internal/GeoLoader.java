package org.passage.geo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;
import org.passage.geo.GeoDataException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the engine from the shared data folder, or from what ships inside Passage alone (Natural Earth borders
 * and the GeoNames gazetteer, both freely licensed) when there is none.
 */
public final class GeoLoader {

    static final String COUNTRIES = "/org/passage/geo/boundaries/countries-10m.json";
    static final String GAZETTEER = "/org/passage/geo/gazetteer/";
    static final List<String> GAZETTEER_FILES = List.of("geonames_cities500_RU_UA.tsv",
            "geonames_cities500_transit_BY_KZ_KG_AM_GE_MD.tsv");
    static final String ADMIN1 = "geonames_admin1_codes_RU_UA_and_transit.json";

    private static volatile @Nullable Countries bundledCountries;

    private GeoLoader() {
    }

    /**
     * The engine over {@code dataDir} (the shared data root with boundaries/ and occupied-territory/), or over the
     * bundled borders alone when {@code dataDir} is null. Snapshot files are only listed here, and read when needed.
     */
    public static TerritoryEngine territory(@Nullable Path dataDir, Clock clock) {
        return territory(dataDir, clock, java.time.Period.ofDays(DEFAULT_MAX_AGE_DAYS));
    }

    /** Snapshots older than the maximum age make every answer carry a warning. */
    static final int DEFAULT_MAX_AGE_DAYS = 30;

    /** As {@link #territory(Path, Clock)}, warning when the newest snapshot is older than {@code maxAge}. */
    public static TerritoryEngine territory(@Nullable Path dataDir, Clock clock, java.time.Period maxAge) {
        Countries countries = countries();
        List<String> sources = new ArrayList<>();
        sources.add("borders: Natural Earth 1:10m (public domain) via world-atlas 2.0.2, Crimea counted as Ukraine");
        List<BaselineArea.Part> baseline = new ArrayList<>();
        if (!countries.crimea().isEmpty()) {
            baseline.add(BaselineArea.part("Crimea", BaselineArea.CRIMEA_SINCE, countries.crimea()));
        }
        AdminAreas areas = AdminAreas.NONE;
        List<Snapshot> snapshots = List.of();
        if (dataDir != null) {
            if (!Files.isDirectory(dataDir)) {
                throw new GeoDataException(dataDir.toString(), "data folder not found (set --data or PASSAGE_GEO_DATA)");
            }
            Path gb = dataDir.resolve("boundaries/geoboundaries-ukr");
            if (Files.isDirectory(gb)) {
                // the simplified oblasts are precise enough to name an area, and five times quicker to read
                List<GeoFeature> adm1 = GeoJsonReader.read(gb.resolve("geoBoundaries-UKR-ADM1_simplified.geojson"));
                areas = new AdminAreas(adm1, GeoJsonReader.read(gb.resolve("geoBoundaries-UKR-ADM2.geojson")));
                for (GeoFeature oblast : adm1) {
                    String iso = oblast.property("shapeISO");
                    if (iso.equals("UA-43") || iso.equals("UA-40")) {
                        baseline.add(BaselineArea.part(iso.equals("UA-40") ? "Sevastopol" : "Crimea", BaselineArea.CRIMEA_SINCE,
                                oblast.geometry()));
                    }
                }
                sources.add("oblasts and pre-2020 raions, Crimea and Sevastopol: geoBoundaries UKR ADM1/ADM2 (gbOpen), " + gb);
            }
            Path occupied = dataDir.resolve("occupied-territory");
            Geometry ordlo = SnapshotFiles.ordlo(occupied);
            if (ordlo != null) {
                baseline.add(BaselineArea.part("the areas of Donetsk and Luhansk oblasts held before 2022 (ORDLO)",
                        BaselineArea.ORDLO_SINCE, ordlo));
                sources.add("areas held before 2022 (ORDLO): earliest DeepStateMap raw layer \"ОРДЛО\", " + occupied.resolve("deepstate-raw-monthly"));
            }
            snapshots = SnapshotFiles.series(occupied);
            if (!snapshots.isEmpty()) {
                sources.add("occupied territory: " + snapshots.size() + " snapshots " + snapshots.getFirst().date() + " … "
                        + snapshots.getLast().date() + " (NZZ until DeepStateMap starts, then DeepStateMap), " + occupied);
            }
        }
        sources.add(LegalSources.CRIMEA);
        if (snapshots.isEmpty()) {
            sources.add("occupied territory: NO series loaded — outside Crimea, occupation is not checked after "
                    + LegalSources.INVASION.minusDays(1) + " (load it with ./passage data update)");
        }
        return new TerritoryEngine(countries, areas, new BaselineArea(baseline), new OccupationSeries(snapshots), sources, clock, maxAge);
    }

    /** The bundled GeoNames gazetteer (CC BY 4.0), or the same files from {@code dataDir/gazetteer} when given. */
    public static GeoNamesGazetteer gazetteer(@Nullable Path dataDir) {
        Path dir = dataDir == null ? null : dataDir.resolve("gazetteer");
        boolean fromDisk = dir != null && Files.isDirectory(dir);
        Map<String, String> admin1 = admin1(open(fromDisk ? dir : null, ADMIN1));
        List<GeoNamesGazetteer.NamedStream> files = new ArrayList<>();
        try {
            for (String name : GAZETTEER_FILES) {
                files.add(new GeoNamesGazetteer.NamedStream(fromDisk ? dir.resolve(name).toString() : name, open(fromDisk ? dir : null, name)));
            }
            return GeoNamesGazetteer.read(files, admin1);
        } finally {
            for (var file : files) {
                try {
                    file.stream().close();
                } catch (IOException ignored) {
                    // read-only stream: nothing was written that closing could lose
                }
            }
        }
    }

    static Countries countries() {
        Countries loaded = bundledCountries;
        if (loaded == null) {
            synchronized (GeoLoader.class) {
                loaded = bundledCountries;
                if (loaded == null) {
                    loaded = Countries.of(TopoJsonReader.read(resource(COUNTRIES), COUNTRIES, "countries"), COUNTRIES);
                    bundledCountries = loaded;
                }
            }
        }
        return loaded;
    }

    static Map<String, String> admin1(InputStream in) {
        Map<String, String> names = new HashMap<>();
        try (in) {
            JsonNode root = JsonMapper.builder().build().readTree(in);
            for (JsonNode entry : root) {
                names.put(entry.path("code").asString(""), entry.path("name").asString(""));
            }
        } catch (JacksonException e) {
            throw new GeoDataException(ADMIN1, "not valid JSON: " + e.getOriginalMessage() + " at " + GeoJsonReader.location(e), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    private static InputStream open(@Nullable Path dir, String name) {
        if (dir == null) {
            return resource(GAZETTEER + name);
        }
        try {
            return Files.newInputStream(dir.resolve(name));
        } catch (IOException e) {
            throw new GeoDataException(dir.resolve(name).toString(), "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static InputStream resource(String path) {
        InputStream in = GeoLoader.class.getResourceAsStream(path);
        if (in == null) {
            throw new GeoDataException(path, "missing from the application (build problem)");
        }
        return in;
    }
}
