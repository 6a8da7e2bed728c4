package org.passage.journeys.internal;

import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.passage.journeys.Whereabouts;

/** What the location form sends: a country (ISO code), a city (may stay empty when unknown) and since when. */
record LocationForm(@Nullable String country, @Nullable String city, @Nullable String since) {

    static final int MAX_CITY = 120;

    static LocationForm empty() {
        return new LocationForm("", "", "");
    }

    String countryCode() {
        String code = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
        if (!Whereabouts.isCountryCode(code)) {
            throw new InvalidJourneyInput("country", "journey.error.country", "choose a country from the list");
        }
        return code;
    }

    String cityName() {
        return Texts.clean("city", city, MAX_CITY);
    }

    LocalDate sinceDay(LocalDate today) {
        return Dates.pastOrToday("since", since, today);
    }
}
