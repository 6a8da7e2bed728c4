package org.passage.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Geocoding on the bundled GeoNames gazetteer (CC BY 4.0). */
class GazetteerTests {

    private static final Gazetteer gazetteer = GeoData.load(null, GeoFixtures.TODAY).gazetteer();

    @Test
    void cyrillicAndLatinNamesMeet() {
        PlaceMatch latin = gazetteer.resolve(PlaceQuery.of("Bucha"));
        PlaceMatch cyrillic = gazetteer.resolve(PlaceQuery.of("Буча"));
        assertThat(latin.place().geonameId()).isEqualTo(711350L).isEqualTo(cyrillic.place().geonameId());
        assertThat(latin.place().region()).isEqualTo("Kyiv Oblast");
        assertThat(gazetteer.resolve(PlaceQuery.of("Hostomel")).place().geonameId())
                .isEqualTo(gazetteer.resolve(PlaceQuery.of("Гостомель")).place().geonameId()).isEqualTo(708251L);
        assertThat(gazetteer.resolve(PlaceQuery.of("  ирпень ")).place().name()).isEqualTo("Irpin");
        assertThat(gazetteer.resolve(PlaceQuery.of("Izyum")).place().name()).isEqualTo("Izium");
    }

    @Test
    void settlementTypesAndARegionAfterACommaAreUnderstood() {
        assertThat(gazetteer.resolve(PlaceQuery.of("г. Буча")).place().name()).isEqualTo("Bucha");
        assertThat(gazetteer.resolve(PlaceQuery.of("смт Гостомель")).place().name()).isEqualTo("Hostomel");
        assertThat(gazetteer.resolve(PlaceQuery.of("Semenivka, Chernihiv")).place().region()).isEqualTo("Chernihiv Oblast");
    }

    @Test
    void aMuchLargerPlaceWinsAndTheOthersAreNamed() {
        PlaceMatch donetsk = gazetteer.resolve(PlaceQuery.of("Donetsk"));
        assertThat(donetsk.place().countryCode()).isEqualTo("UA");
        assertThat(donetsk.setAside()).anySatisfy(p -> assertThat(p.countryCode()).isEqualTo("RU"));
        PlaceMatch russian = gazetteer.resolve(new PlaceQuery("Donetsk", "ru", null));
        assertThat(russian.place().region()).contains("Rostov");
    }

    @Test
    void comparablePlacesAreAmbiguousUntilAHintDecides() {
        assertThatThrownBy(() -> gazetteer.resolve(PlaceQuery.of("Semenivka")))
                .isInstanceOf(AmbiguousPlaceException.class)
                .hasMessageStartingWith("ambiguous place \"Semenivka\": candidates ")
                .hasMessageContaining("Chernihiv").hasMessageContaining("Poltava")
                .satisfies(e -> assertThat(((AmbiguousPlaceException) e).candidates()).hasSizeGreaterThan(1));
        assertThat(gazetteer.resolve(new PlaceQuery("Semenivka", "UA", "chernihiv")).place().region()).isEqualTo("Chernihiv Oblast");
        assertThat(gazetteer.resolve(PlaceQuery.of("Minsk")).place().countryCode()).isEqualTo("BY");
    }

    @Test
    void unknownPlacesAreNamedAsSuch() {
        assertThatThrownBy(() -> gazetteer.resolve(PlaceQuery.of("Atlantis-on-Dnipro")))
                .isInstanceOf(UnknownPlaceException.class).hasMessageStartingWith("unknown place \"Atlantis-on-Dnipro\"");
        assertThatThrownBy(() -> gazetteer.resolve(new PlaceQuery("Bucha", "KZ", null)))
                .isInstanceOf(UnknownPlaceException.class).hasMessageContaining("country KZ").hasMessageContaining("Kyiv Oblast");
        assertThatThrownBy(() -> new PlaceQuery("Bucha", "Ukraine", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PlaceQuery.of("  ")).isInstanceOf(IllegalArgumentException.class);
    }
}
