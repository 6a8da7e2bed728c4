package org.passage.geo;

/** A WGS84 position in decimal degrees, validated on creation. */
public record Coordinates(double latitude, double longitude) {

    public Coordinates {
        if (!Double.isFinite(latitude) || latitude < -90 || latitude > 90) {
            throw new IllegalArgumentException("latitude must be between -90 and 90, got " + latitude);
        }
        if (!Double.isFinite(longitude) || longitude < -180 || longitude > 180) {
            throw new IllegalArgumentException("longitude must be between -180 and 180, got " + longitude);
        }
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%.5f %s, %.5f %s", Math.abs(latitude), latitude >= 0 ? "N" : "S",
                Math.abs(longitude), longitude >= 0 ? "E" : "W");
    }
}
