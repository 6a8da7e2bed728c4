package org.passage.geo;

/** No place of the gazetteer carries the name (with the given hints). */
public class UnknownPlaceException extends GeoException {

    public UnknownPlaceException(String message) {
        super(message);
    }
}
