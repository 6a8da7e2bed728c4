package org.passage.geo;

/**
 * A populated place of the gazetteer (GeoNames): its usual name, the Cyrillic name when known, ISO country code,
 * first-level region and population. Public reference data, not personal data.
 */
public record Place(long geonameId, String name, String localName, String countryCode, String region, long population,
                    Coordinates coordinates) {

    public Place {
        if (name.isBlank() || countryCode.length() != 2 || population < 0) {
            throw new IllegalArgumentException("a place needs a name, a two-letter country code and a population >= 0");
        }
    }

    /** "Bucha (Буча), Kyiv Oblast, UA, population 42,279". */
    public String describe() {
        String local = localName.isBlank() || localName.equals(name) ? "" : " (" + localName + ")";
        String where = region.isBlank() ? "" : ", " + region;
        return name + local + where + ", " + countryCode + ", population " + String.format(java.util.Locale.ROOT, "%,d", population);
    }
}
