package org.passage.geo;

/** A date outside the period the loaded data covers (before 2014-02-20, after the newest snapshot, or in the future). */
public class OutOfRangeException extends GeoException {

    public OutOfRangeException(String message) {
        super(message);
    }
}
