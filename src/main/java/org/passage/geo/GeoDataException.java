package org.passage.geo;

/** A boundary, occupied-territory or gazetteer file that cannot be loaded; names the file and the feature or line at fault. */
public class GeoDataException extends GeoException {

    public GeoDataException(String source, String problem) {
        super(source + ": " + problem);
    }

    public GeoDataException(String source, String problem, Throwable cause) {
        super(source + ": " + problem, cause);
    }
}
