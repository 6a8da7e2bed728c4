package org.passage.geo.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;
import org.passage.geo.GeoDataException;

/**
 * The occupied-territory folders of the shared data (see its SOURCES.md): NZZ up to the first DeepState (cyterat)
 * snapshot, DeepState after it, and the pre-2022 "ORDLO" polygon from the DeepState raw layers. Only file names
 * are read here; each snapshot file is parsed when first needed.
 */
final class SnapshotFiles {

    private static final Pattern NZZ = Pattern.compile("nzz_(\\d{4}-\\d{2}-\\d{2})\\.geojson");
    private static final Pattern CYTERAT = Pattern.compile("deepstatemap_data_(\\d{8})\\.geojson");
    private static final Pattern RAW = Pattern.compile("deepstate_raw_polygons_.*\\.geojson");

    private SnapshotFiles() {
    }

    /** NZZ snapshots before the first DeepState one, then the DeepState ones; empty if neither folder exists. */
    static List<Snapshot> series(Path occupiedDir) {
        List<Snapshot> deepState = list(occupiedDir.resolve("deepstate-cyterat"), CYTERAT, DateTimeFormatter.BASIC_ISO_DATE,
                "DeepStateMap (cyterat/deepstate-map-data)", SnapshotFiles::readDeepState);
        List<Snapshot> nzz = list(occupiedDir.resolve("nzz"), NZZ, DateTimeFormatter.ISO_LOCAL_DATE, "NZZ front-line map",
                SnapshotFiles::readNzz);
        List<Snapshot> series = new ArrayList<>();
        LocalDate deepStateStart = deepState.isEmpty() ? LocalDate.MAX : deepState.getFirst().date();
        nzz.stream().filter(s -> s.date().isBefore(deepStateStart)).forEach(series::add);
        series.addAll(deepState);
        return series;
    }

    private interface Reader {
        OccupiedArea read(Path file);
    }

    private static List<Snapshot> list(Path dir, Pattern pattern, DateTimeFormatter format, String publisher, Reader reader) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Snapshot> snapshots = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (!name.endsWith(".geojson")) {
                    continue;
                }
                Matcher m = pattern.matcher(name);
                if (!m.matches()) {
                    throw new GeoDataException(file.toString(), "unexpected file name: the date cannot be read from it");
                }
                LocalDate date;
                try {
                    date = LocalDate.parse(m.group(1), format);
                } catch (DateTimeParseException e) {
                    throw new GeoDataException(file.toString(), "the file name carries an impossible date", e);
                }
                snapshots.add(new Snapshot(date, publisher + ", " + name, () -> reader.read(file)));
            }
        } catch (IOException e) {
            throw new GeoDataException(dir.toString(), "cannot be listed (" + e.getMessage() + ")", e);
        }
        return snapshots;
    }

    /** NZZ: held on the date = "nochange" ∪ "gains"; "losses" were lost in the change window. */
    static OccupiedArea readNzz(Path file) {
        List<Geometry> held = new ArrayList<>();
        for (GeoFeature feature : GeoJsonReader.read(file)) {
            switch (feature.property("type")) {
                case "nochange", "gains" -> held.add(feature.geometry());
                case "losses" -> { }
                default -> throw new GeoDataException(file.toString(), "feature " + feature.index()
                        + ": property \"type\" must be nochange, gains or losses, not \"" + feature.property("type") + "\"");
            }
        }
        return new OccupiedArea(held);
    }

    /** DeepState (cyterat): every feature is held territory, Crimea and the pre-2022 areas included. */
    static OccupiedArea readDeepState(Path file) {
        return new OccupiedArea(GeoJsonReader.read(file).stream().map(GeoFeature::geometry).toList());
    }

    /**
     * The "ОРДЛО" polygon of the earliest DeepState raw snapshot that has one: closest to the line of 2015–2022.
     * Null when the folder is absent.
     */
    static @Nullable Geometry ordlo(Path occupiedDir) {
        Path dir = occupiedDir.resolve("deepstate-raw-monthly");
        if (!Files.isDirectory(dir)) {
            return null;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> RAW.matcher(f.getFileName().toString()).matches()).sorted().toList()) {
                for (GeoFeature feature : GeoJsonReader.read(file)) {
                    if (feature.property("name").startsWith("ОРДЛО")) {
                        return feature.geometry();
                    }
                }
            }
        } catch (IOException e) {
            throw new GeoDataException(dir.toString(), "cannot be listed (" + e.getMessage() + ")", e);
        }
        throw new GeoDataException(dir.toString(), "no feature named \"ОРДЛО\" (the pre-2022 occupied areas) in any file");
    }
}
