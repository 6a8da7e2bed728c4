package org.passage.vetting.internal;

import org.jspecify.annotations.Nullable;

/**
 * What the applicant said about one period of service, as sealed at rest (one JSON value per period): the unit
 * as he named it, his role, the place as named and where it was placed, the dates as given, the source and any
 * note. Personal data: {@link #toString()} is redacted.
 *
 * @param place        the place as typed, or empty when only coordinates were given
 * @param placeFound   how the gazetteer resolved it ("Bucha (Буча), Kyiv Oblast, UA, …"), or empty
 * @param overlapNote  why this period may overlap another one (required when it does)
 * @param unitFound    how the unit was resolved ("the only exact match: в/ч 51460", "chosen by the analyst from 3
 *                     candidates"), or empty (unresolved, or recorded before this was kept)
 */
public record ServiceClaim(String unitText, String role, String place, String placeFound, @Nullable Double latitude,
                    @Nullable Double longitude, String fromText, String toText, String sourceDescription,
                    boolean sourceIdentifiesSomeone, String overlapNote, @Nullable String unitFound) {

    public ServiceClaim {
        unitFound = unitFound == null ? "" : unitFound;
    }

    public ServiceClaim(String unitText, String role, String place, String placeFound, @Nullable Double latitude,
                        @Nullable Double longitude, String fromText, String toText, String sourceDescription,
                        boolean sourceIdentifiesSomeone, String overlapNote) {
        this(unitText, role, place, placeFound, latitude, longitude, fromText, toText, sourceDescription, sourceIdentifiesSomeone,
                overlapNote, "");
    }

    public boolean hasCoordinates() {
        return latitude != null && longitude != null;
    }

    public String placeName() {
        if (!place.isBlank()) {
            return place;
        }
        return hasCoordinates() ? new org.passage.geo.Coordinates(latitude, longitude).toString() : "";
    }

    @Override
    public String toString() {
        return "ServiceClaim[REDACTED]";
    }
}
