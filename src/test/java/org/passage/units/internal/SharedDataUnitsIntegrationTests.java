package org.passage.units.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.passage.support.PassageIntegrationTest;
import org.passage.units.UnitDirectory;
import org.passage.units.UnitIncidentView;
import org.passage.units.UnitMatch;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole import from ../shared/data (skipped where the folder is absent): the 64th Separate Motorized Rifle
 * Brigade resolves from "в/ч 51460" (DeepState does not label it, so its number comes from the analysts'
 * curated demo entry) and from its names, and is linked to a Bucha incident of late March 2022 because
 * uawardata placed it about 2 km west of Bucha on 2022-03-31.
 */
@PassageIntegrationTest
class SharedDataUnitsIntegrationTests {

    private static final Path DATA = Path.of("../shared/data");

    @Autowired
    UnitsImport unitsImport;
    @Autowired
    UnitDirectory directory;
    @Autowired
    CuratedUnits demo;

    @Test
    void importsEverySourceAndLinksThe64thBrigadeToBucha() {
        Assumptions.assumeTrue(Files.isDirectory(DATA.resolve("military-units")) && Files.isDirectory(DATA.resolve("incidents")));
        demo.add(getClass().getClassLoader().getResourceAsStream("units/demo/units-demo.json")); // the demo's curated units
        ImportReport report = unitsImport.run(DATA, line -> { });
        System.out.println("shared-data import: " + report.counts() + " " + report.rowsPerSecond() + " records/s");
        assertThat(report.counts().get("units")).isGreaterThan(200);
        assertThat(report.counts().get("incidents")).isGreaterThan(7000);
        assertThat(report.skippedCount()).isGreaterThanOrEqualTo(4); // CIR's four rows with an empty date
        assertThat(report.skipped()).extracting(Object::toString).anyMatch(s -> s.startsWith("events.csv line "));

        for (String spelling : List.of("в/ч 51460", "64 ОМСБр", "64-я отдельная мотострелковая бригада", "64th Separate Motor Rifle Brigade")) {
            List<UnitMatch> matches = directory.resolve(spelling, 3);
            assertThat(matches).as(spelling).isNotEmpty();
            assertThat(matches.getFirst().unit().name()).as(spelling).containsIgnoringCase("64th");
        }
        var brigade = directory.resolve("в/ч 51460", 1).getFirst().unit();
        assertThat(directory.positionsDuring(brigade.id(), LocalDate.of(2022, 3, 31), LocalDate.of(2022, 3, 31)))
                .anyMatch(p -> p.coordinates().longitude() > 30.1 && p.coordinates().longitude() < 30.25);
        List<UnitIncidentView> bucha = directory.incidentsDuring(brigade.id(), LocalDate.of(2022, 3, 1), LocalDate.of(2022, 4, 10));
        assertThat(bucha).anyMatch(i -> (i.placeName() + i.title()).contains("Bucha") && !i.from().isAfter(LocalDate.of(2022, 4, 5)));

        // issue 13: labels that name no unit refused with file and line, named formations found in any script, a hierarchy
        report.refused().forEach(r -> System.out.println("refused: " + r));
        assertThat(report.refused()).anyMatch(r -> r.startsWith("deepstate_unit_positions_weekly.csv line ") && r.contains("Авіабаза"));
        assertThat(report.refused()).anyMatch(r -> r.startsWith("units_all.csv line ") && r.contains("U/I"));
        assertThat(directory.resolve("ЧВК Вагнер", 3).getFirst().unit().name()).isEqualTo("Wagner Group");
        assertThat(directory.resolve("батальон Спарта", 3).getFirst().unit().name()).isEqualTo("Sparta Battalion");
        assertThat(directory.resolve("Pyatnashka", 3).getFirst().unit().name()).isEqualTo("Pyatnashka Battalion");
        assertThat(report.counts().get("subordinations")).isGreaterThan(100);
        System.out.println("units named like 'Akhmat': " + directory.resolve("Ахмат", 6).stream().map(m -> m.unit().name()).toList());

        // re-running changes nothing: same units, same links
        ImportReport again = unitsImport.run(DATA, line -> { });
        assertThat(again.counts().get("units")).isEqualTo(report.counts().get("units"));
        assertThat(again.counts().get("new units")).isZero();
    }
}
