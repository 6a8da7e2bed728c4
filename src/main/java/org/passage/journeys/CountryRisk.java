package org.passage.journeys;

import java.time.LocalDate;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One country's entry in the risk register: the risk of extradition to Russia, of kidnapping (or forced
 * return without a procedure) and of deportation, each a level with a short reason, the public sources the
 * assessment rests on and the day it was made. Not personal data: stored in plaintext.
 */
public record CountryRisk(String countryCode, Assessment extradition, Assessment kidnapping, Assessment deportation,
                          String sources, LocalDate assessedOn) {

    public static final int MAX_TEXT = 500;
    public static final int MAX_SOURCES = 2000;

    /** One kind of danger: its level and why. */
    public record Assessment(RiskLevel level, String text) {
        public Assessment {
            Objects.requireNonNull(level, "level");
            text = text == null ? "" : text.strip();
            if (text.length() > MAX_TEXT) {
                throw new IllegalArgumentException("at most " + MAX_TEXT + " characters");
            }
        }
    }

    public CountryRisk {
        if (!Whereabouts.isCountryCode(countryCode)) {
            throw new IllegalArgumentException("not an ISO 3166-1 alpha-2 country code");
        }
        Objects.requireNonNull(extradition, "extradition");
        Objects.requireNonNull(kidnapping, "kidnapping");
        Objects.requireNonNull(deportation, "deportation");
        Objects.requireNonNull(assessedOn, "assessedOn");
        sources = sources == null ? "" : sources.strip();
        if (sources.length() > MAX_SOURCES) {
            throw new IllegalArgumentException("at most " + MAX_SOURCES + " characters of sources");
        }
    }

    /** The worst of the three: what a board shows in one word. */
    public RiskLevel highest() {
        return Stream.of(extradition, kidnapping, deportation).map(Assessment::level)
                .max(Enum::compareTo).orElseThrow();
    }
}
