package org.passage.geo;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** The places and data folders the geo tests share. */
public final class GeoFixtures {

    public static final Coordinates BUCHA = new Coordinates(50.5436, 30.2120);
    public static final Coordinates KYIV = new Coordinates(50.45, 30.52);
    public static final Coordinates SEVASTOPOL = new Coordinates(44.60795, 33.52134);
    public static final Coordinates SIMFEROPOL = new Coordinates(44.95, 34.10);
    public static final Coordinates DONETSK = new Coordinates(48.023, 37.80224);
    public static final Coordinates BELGOROD = new Coordinates(50.61074, 36.58015);
    public static final Coordinates MINSK = new Coordinates(53.9, 27.56667);
    public static final Coordinates ALMATY = new Coordinates(43.25, 76.91667);
    public static final Coordinates LVIV = new Coordinates(49.8397, 24.0297);
    public static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC);
    public static final Path SHARED_DATA = Path.of("/work/shared/data");

    private GeoFixtures() {
    }

    /** Hand-drawn rectangles in the layout of the shared data folder (see its README.md). */
    public static Path fixtureData() {
        try {
            return Path.of(GeoFixtures.class.getResource("/org/passage/geo/fixture").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static boolean sharedDataPresent() {
        return Files.isDirectory(SHARED_DATA.resolve("occupied-territory"));
    }
}
