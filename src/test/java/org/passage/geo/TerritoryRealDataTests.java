package org.passage.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passage.geo.GeoFixtures.*;

import java.time.LocalDate;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The engine on the real shared data (NZZ, DeepStateMap, geoBoundaries); skipped where /work/shared/data is absent. */
class TerritoryRealDataTests {

    private static Territory territory;

    @BeforeAll
    static void load() {
        Assumptions.assumeTrue(sharedDataPresent(), "shared data not present at " + SHARED_DATA);
        territory = GeoData.load(SHARED_DATA, TODAY).territory();
    }

    @Test
    void buchaWasOccupiedInMarch2022AndFreeInMay() {
        TerritoryStatus march = territory.status(BUCHA, DatePeriod.parse("2022-03-15"));
        assertThat(march.status()).isEqualTo(GeoStatus.OCCUPIED_UKRAINE);
        assertThat(march.occupiedSince()).isEqualTo(LocalDate.of(2022, 3, 9));
        assertThat(march.area()).startsWith("Kyiv Oblast");
        assertThat(territory.status(BUCHA, DatePeriod.parse("2022-05-01")).status()).isEqualTo(GeoStatus.UKRAINE);
    }

    @Test
    void aRangeAcrossTheLiberationOfBuchaIsPartlyOccupied() {
        TerritoryStatus status = territory.status(BUCHA, DatePeriod.parse("2022-03-20..2022-04-20"));
        assertThat(status.status()).isEqualTo(GeoStatus.OCCUPIED_UKRAINE);
        assertThat(status.occupation()).isEqualTo(Occupation.PART);
        assertThat(status.checks()).filteredOn(SnapshotCheck::occupied).allSatisfy(c ->
                assertThat(c.snapshotDate()).isBeforeOrEqualTo(LocalDate.of(2022, 3, 30)));
    }

    @Test
    void sevastopolAndDonetskWereOccupiedBeforeTheInvasion() {
        assertThat(territory.status(SEVASTOPOL, DatePeriod.parse("2019")).status()).isEqualTo(GeoStatus.OCCUPIED_UKRAINE);
        assertThat(territory.statusAt(SEVASTOPOL, LocalDate.of(2023, 6, 1))).isEqualTo(GeoStatus.OCCUPIED_UKRAINE);
        TerritoryStatus donetsk = territory.status(DONETSK, DatePeriod.parse("2016"));
        assertThat(donetsk.status()).isEqualTo(GeoStatus.OCCUPIED_UKRAINE);
        assertThat(donetsk.occupiedSince()).isEqualTo(LocalDate.of(2014, 4, 7));
    }

    @Test
    void donetskCountsAsOccupiedWhenNzzDropsTheAreasHeldBefore2022() {
        // NZZ leaves out the pre-2022 areas from 2024-03-13; DeepStateMap takes over on 2024-07-14
        assertThat(territory.status(DONETSK, DatePeriod.parse("2024-04..2024-06")).occupation()).isEqualTo(Occupation.ALL);
    }

    @Test
    void countriesAroundUkraine() {
        assertThat(territory.statusAt(BELGOROD, LocalDate.of(2023, 5, 1))).isEqualTo(GeoStatus.RUSSIA);
        assertThat(territory.statusAt(MINSK, LocalDate.of(2022, 2, 24))).isEqualTo(GeoStatus.BELARUS);
        assertThat(territory.statusAt(ALMATY, LocalDate.of(2024, 1, 1))).isEqualTo(GeoStatus.OTHER);
        assertThat(territory.statusAt(KYIV, LocalDate.of(2022, 3, 15))).isEqualTo(GeoStatus.UKRAINE);
    }

    @Test
    void iziumAndKhersonAsTheSourcesDescribeThem() {
        Coordinates izium = new Coordinates(49.207, 37.277);
        Coordinates kherson = new Coordinates(46.635, 32.617);
        assertThat(territory.statusAt(izium, LocalDate.of(2022, 6, 1))).isEqualTo(GeoStatus.OCCUPIED_UKRAINE);
        assertThat(territory.statusAt(izium, LocalDate.of(2022, 9, 12))).isEqualTo(GeoStatus.UKRAINE);
        assertThat(territory.statusAt(kherson, LocalDate.of(2022, 11, 10))).isEqualTo(GeoStatus.OCCUPIED_UKRAINE);
        assertThat(territory.statusAt(kherson, LocalDate.of(2022, 11, 14))).isEqualTo(GeoStatus.UKRAINE);
    }

    @Test
    void distanceToTheLineIsPlausible() {
        SnapshotCheck bucha = territory.status(BUCHA, DatePeriod.parse("2022-03-15")).checks().getFirst();
        assertThat(bucha.distanceToLineKm()).isBetween(0.0, 30.0);
        SnapshotCheck lviv = territory.status(LVIV, DatePeriod.parse("2025-01-10")).checks().getFirst();
        assertThat(lviv.occupied()).isFalse();
        assertThat(lviv.distanceToLineKm()).isBetween(500.0, 1100.0);
    }
}
