package org.passage.geo;

import java.util.List;

/** Several places carry the name and none stands out; the caller must add a country or region hint. */
public class AmbiguousPlaceException extends GeoException {

    private final List<Place> candidates;

    public AmbiguousPlaceException(String message, List<Place> candidates) {
        super(message);
        this.candidates = List.copyOf(candidates);
    }

    public List<Place> candidates() {
        return candidates;
    }
}
