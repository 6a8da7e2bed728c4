package org.passage.geo;

/** A geo question that cannot be answered; the message is meant for the user as it stands. */
public class GeoException extends RuntimeException {

    public GeoException(String message) {
        super(message);
    }

    public GeoException(String message, Throwable cause) {
        super(message, cause);
    }
}
