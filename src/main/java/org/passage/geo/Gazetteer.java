package org.passage.geo;

import java.util.List;

/** Resolves town names in Cyrillic or Latin script to places. */
public interface Gazetteer {

    /**
     * The place meant by the query: the only candidate, or one that the hints or a much larger population single out.
     *
     * @throws UnknownPlaceException when no place carries the name
     * @throws AmbiguousPlaceException when several do and none stands out
     */
    PlaceMatch resolve(PlaceQuery query);

    /** Every place carrying the name, most populous first. */
    List<Place> candidates(String name);

    /** Every place, for benchmarks and maps. */
    List<Place> places();
}
