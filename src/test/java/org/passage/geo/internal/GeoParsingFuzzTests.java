package org.passage.geo.internal;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import org.passage.geo.DatePeriod;
import org.passage.geo.GeoDataException;

/**
 * Whatever bytes a GeoJSON or TopoJSON file holds and whatever text a date field holds, the parsers either read
 * them or fail with their own explained exception: never a stray NullPointerException or ClassCastException.
 */
class GeoParsingFuzzTests {

    @FuzzTest(maxDuration = "15s")
    void geoJson(byte[] bytes) {
        if (bytes == null) {
            return;
        }
        try {
            GeoJsonReader.read(new ByteArrayInputStream(bytes), "fuzz.geojson");
        } catch (GeoDataException expected) {
            // explained failure: fine
        }
    }

    @FuzzTest(maxDuration = "10s")
    void topoJson(byte[] bytes) {
        if (bytes == null) {
            return;
        }
        try {
            TopoJsonReader.read(new ByteArrayInputStream(bytes), "fuzz.json", "countries");
        } catch (GeoDataException expected) {
            // explained failure: fine
        }
    }

    @FuzzTest(maxDuration = "10s")
    void datePeriod(String text) {
        if (text == null) {
            return; // the command line never hands over a null
        }
        try {
            DatePeriod period = DatePeriod.parse(text);
            if (period.to().isBefore(period.from())) {
                throw new AssertionError("inverted period from " + text);
            }
        } catch (IllegalArgumentException expected) {
            // explained failure: fine
        }
    }
}
