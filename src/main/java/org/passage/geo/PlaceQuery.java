package org.passage.geo;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A town name as given, in any script, with optional hints that narrow it down: an ISO country code ("UA") and
 * part of a region name ("Kyiv", "Rostov").
 */
public record PlaceQuery(String name, @Nullable String country, @Nullable String region) {

    public PlaceQuery {
        name = name.strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new IllegalArgumentException("a place name is needed (at most 200 characters)");
        }
        country = country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
        if (country != null && !country.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("country must be a two-letter ISO code such as UA, RU, BY; got \"" + country + "\"");
        }
        region = region == null || region.isBlank() ? null : region.strip();
    }

    public static PlaceQuery of(String name) {
        return new PlaceQuery(name, null, null);
    }
}
