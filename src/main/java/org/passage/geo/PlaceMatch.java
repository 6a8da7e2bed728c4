package org.passage.geo;

import java.util.List;

/** The place a name resolved to, and the less likely places of the same name that were set aside (most populous first). */
public record PlaceMatch(Place place, List<Place> setAside) {

    public PlaceMatch {
        setAside = List.copyOf(setAside);
    }
}
