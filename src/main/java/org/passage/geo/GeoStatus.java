package org.passage.geo;

/** Where a point lies for vetting purposes; {@link #code()} is the word printed as {@code status=<code>}. */
public enum GeoStatus {
    RUSSIA("russia"),
    BELARUS("belarus"),
    UKRAINE("ukraine"),
    OCCUPIED_UKRAINE("occupied-ukraine"),
    /** In Ukraine, on dates no occupied-territory snapshot or rule covers: never to be read as "not occupied". */
    UNCHECKED("unchecked"),
    OTHER("other");

    private final String code;

    GeoStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
