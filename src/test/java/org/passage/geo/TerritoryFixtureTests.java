package org.passage.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.passage.geo.GeoFixtures.*;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The core logic on hand-drawn snapshots and the bundled Natural Earth borders: always runs. */
class TerritoryFixtureTests {

    private static final Territory territory = GeoData.load(fixtureData(), TODAY).territory();

    @Test
    void buchaIsOccupiedWhileInsideTheHeldArea() {
        TerritoryStatus status = territory.status(BUCHA, DatePeriod.parse("2022-03-15"));
        assertThat(status.status()).isEqualTo(GeoStatus.OCCUPIED_UKRAINE);
        assertThat(status.occupation()).isEqualTo(Occupation.ALL);
        assertThat(status.occupiedSince()).isEqualTo(LocalDate.of(2022, 3, 9));
        assertThat(status.checks()).singleElement().satisfies(check -> {
            assertThat(check.snapshotDate()).isEqualTo(LocalDate.of(2022, 3, 9));
            assertThat(check.inForceTo()).isEqualTo(LocalDate.of(2022, 4, 1));
            assertThat(check.source()).contains("nzz_2022-03-09.geojson");
        });
        assertThat(status.area()).isEqualTo("Kyiv Oblast, Test Raion");
        assertThat(status.country()).isEqualTo("Ukraine");
    }

    @Test
    void lossesOfASnapshotAreNotHeld() {
        assertThat(territory.status(BUCHA, DatePeriod.parse("2022-05-01")).status()).isEqualTo(GeoStatus.UKRAINE);
        assertThat(territory.statusAt(BUCHA, LocalDate.of(2022, 4, 2))).isEqualTo(GeoStatus.UKRAINE);
    }

    @Test
    void aPeriodSpanningTheLiberationIsPartlyOccupied() {
        TerritoryStatus status = territory.status(BUCHA, DatePeriod.parse("2022-03..2022-04"));
        assertThat(status.status()).isEqualTo(GeoStatus.OCCUPIED_UKRAINE);
        assertThat(status.occupation()).isEqualTo(Occupation.PART);
        assertThat(status.checks()).extracting(SnapshotCheck::snapshotDate, SnapshotCheck::occupied).containsExactly(
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2022, 2, 24), false),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2022, 3, 9), true),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2022, 4, 2), false));
    }

    @Test
    void beforeTheInvasionOnlyTheAreasHeldSince2014Count() {
        TerritoryStatus donetsk = territory.status(DONETSK, DatePeriod.parse("2016"));
        assertThat(donetsk.status()).isEqualTo(GeoStatus.OCCUPIED_UKRAINE);
        assertThat(donetsk.occupation()).isEqualTo(Occupation.ALL);
        assertThat(donetsk.occupiedSince()).isEqualTo(LocalDate.of(2014, 4, 7));
        assertThat(donetsk.checks()).singleElement().satisfies(c -> assertThat(c.inForceTo()).isEqualTo(LocalDate.of(2022, 2, 23)));
        assertThat(territory.status(BUCHA, DatePeriod.parse("2019")).status()).isEqualTo(GeoStatus.UKRAINE);
    }

    @Test
    void crimeaIsOccupiedThroughoutEvenWhereASnapshotOmitsIt() {
        assertThat(territory.status(SEVASTOPOL, DatePeriod.parse("2019")).status()).isEqualTo(GeoStatus.OCCUPIED_UKRAINE);
        TerritoryStatus simferopol = territory.status(SIMFEROPOL, DatePeriod.parse("2022-03-01..2022-06-30"));
        assertThat(simferopol.occupation()).isEqualTo(Occupation.ALL);
        assertThat(simferopol.occupiedSince()).isEqualTo(LocalDate.of(2014, 2, 20));
        assertThat(simferopol.country()).isEqualTo("Ukraine");
    }

    @Test
    void countriesOutsideUkraine() {
        assertThat(territory.statusAt(BELGOROD, LocalDate.of(2023, 5, 1))).isEqualTo(GeoStatus.RUSSIA);
        assertThat(territory.status(MINSK, DatePeriod.parse("2022-02")).status()).isEqualTo(GeoStatus.BELARUS);
        TerritoryStatus almaty = territory.status(ALMATY, DatePeriod.parse("2023"));
        assertThat(almaty.status()).isEqualTo(GeoStatus.OTHER);
        assertThat(almaty.country()).isEqualTo("Kazakhstan");
        assertThat(almaty.occupation()).isEqualTo(Occupation.NOT_CHECKED);
        assertThat(territory.statusAt(new Coordinates(43.5, 34.0), LocalDate.of(2023, 1, 1))).isEqualTo(GeoStatus.OTHER);
        TerritoryStatus atlantic = territory.status(new Coordinates(0.0, -20.0), DatePeriod.parse("2022"));
        assertThat(atlantic.status()).isEqualTo(GeoStatus.OTHER);
        assertThat(atlantic.country()).isNull();
        assertThat(atlantic.checks()).isEmpty();
    }

    @Test
    void distanceToTheLineOfContactIsMeasuredToTheEdgeOfTheHeldArea() {
        SnapshotCheck check = territory.status(BUCHA, DatePeriod.parse("2022-03-10")).checks().getFirst();
        // Bucha is 0.0936° of latitude north of the rectangle's southern edge at 50.45 N
        assertThat(check.distanceToLineKm()).isCloseTo(10.4, within(0.3));
        SnapshotCheck kyiv = territory.status(KYIV, DatePeriod.parse("2022-03-10")).checks().getFirst();
        assertThat(kyiv.occupied()).isFalse();
        assertThat(kyiv.distanceToLineKm()).isCloseTo(8.5, within(0.5));
    }

    @Test
    void mapLayersShowTheCountriesAndTheAreaHeldThatDay() {
        var json = tools.jackson.databind.json.JsonMapper.builder().build().readTree(territory.mapLayers(LocalDate.of(2022, 3, 15)));
        assertThat(json.path("type").asString()).isEqualTo("FeatureCollection");
        var features = json.path("features");
        assertThat(features.valueStream().filter(f -> f.path("properties").path("layer").asString().equals("country"))
                .map(f -> f.path("properties").path("name").asString())).containsExactlyInAnyOrder("Ukraine", "Russia", "Belarus");
        assertThat(features.valueStream().filter(f -> f.path("properties").path("layer").asString().equals("occupied")))
                .isNotEmpty()
                .allSatisfy(f -> assertThat(f.path("properties").path("snapshotDate").asString()).isEqualTo("2022-03-09"))
                .anySatisfy(f -> assertThat(f.path("geometry").path("coordinates").path(0).path(0).path(0).path(0).asDouble()).isEqualTo(29.9));
        assertThatThrownBy(() -> territory.mapLayers(LocalDate.of(2030, 1, 1))).isInstanceOf(OutOfRangeException.class);
    }

    @Test
    void theMapLayersOfASnapshotAreMadeOnceForAllItsDays() {
        Territory fresh = GeoData.load(fixtureData(), TODAY).territory();
        String march15 = fresh.mapLayers(LocalDate.of(2022, 3, 15));
        // the same snapshot (of 2022-03-09) is in force on both days: one string, simplified once
        assertThat(fresh.mapLayers(LocalDate.of(2022, 3, 20))).isSameAs(march15);
        // another snapshot is in force: its own layers, never the ones made before
        String april = fresh.mapLayers(LocalDate.of(2022, 4, 2));
        assertThat(april).isNotEqualTo(march15).contains("\"snapshotDate\":\"2022-04-02\"").doesNotContain("2022-03-09");
        assertThat(fresh.mapLayers(LocalDate.of(2022, 3, 16))).isSameAs(march15);
    }

    @Test
    void anUnchangedSnapshotSharesThePolygonsOfTheOneBefore() {
        // 2022-04-02 (its losses aside) and 2022-06-01 hold the same rectangle; 2022-06-08 repeats 2022-06-01
        GeoData data = GeoData.load(fixtureData(), TODAY).loadEverything();
        assertThat(data.loadSummary()).isEqualTo("6 snapshots, 2 identical to the one before and sharing its polygons");
        TerritoryStatus june = data.territory().status(DONETSK, DatePeriod.parse("2022-06"));
        assertThat(june.checks()).extracting(SnapshotCheck::snapshotDate)
                .containsExactly(LocalDate.of(2022, 6, 1), LocalDate.of(2022, 6, 8));
    }

    @Test
    void datesOutsideTheDataAreRefused() {
        assertThatThrownBy(() -> territory.status(BUCHA, DatePeriod.parse("2013-05-01")))
                .isInstanceOf(OutOfRangeException.class).hasMessageContaining("2014-02-20");
        assertThatThrownBy(() -> territory.statusAt(BUCHA, LocalDate.of(2025, 1, 1)))
                .isInstanceOf(OutOfRangeException.class).hasMessageContaining("2024-07-14");
        assertThatThrownBy(() -> territory.status(BUCHA, DatePeriod.parse("2027")))
                .isInstanceOf(OutOfRangeException.class).hasMessageContaining("future");
        assertThat(territory.coverage()).isEqualTo(DatePeriod.between(LocalDate.of(2014, 2, 20), LocalDate.of(2024, 7, 14)));
    }

    @Test
    void theBundledBordersAloneAnswerTheCountryLevel() {
        Territory bundled = GeoData.load(null, TODAY).territory();
        assertThat(bundled.statusAt(BELGOROD, LocalDate.of(2023, 5, 1))).isEqualTo(GeoStatus.RUSSIA);
        assertThat(bundled.statusAt(LVIV, LocalDate.of(2023, 5, 1))).as("no series: fail closed").isEqualTo(GeoStatus.UNCHECKED);
        TerritoryStatus sevastopol = bundled.status(SEVASTOPOL, DatePeriod.parse("2019"));
        assertThat(sevastopol.status()).isEqualTo(GeoStatus.OCCUPIED_UKRAINE);
        assertThat(sevastopol.notes()).anyMatch(n -> n.contains("no occupied-territory series loaded"));
    }
}
