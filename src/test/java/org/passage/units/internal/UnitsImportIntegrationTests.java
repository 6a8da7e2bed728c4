package org.passage.units.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.support.PassageIntegrationTest;
import org.passage.units.UnitDirectory;
import org.passage.units.NearbyIncident;
import org.passage.units.UnitIncidentView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The import on crafted files in the real formats: units merged across sources and scripts, malformed rows
 * listed by line, links inferred; a broken file refused naming file, line and field with the previous data
 * intact; a re-import keeping what analysts added and decided.
 */
@PassageIntegrationTest
class UnitsImportIntegrationTests {

    @Autowired
    UnitsImport unitsImport;
    @Autowired
    UnitDirectory directory;
    @Autowired
    UnitEditing editing;
    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path folder;

    @BeforeEach
    void empty() {
        jdbc.sql("delete from unit_incident_links").update();
        jdbc.sql("delete from incidents").update();
        jdbc.sql("delete from units").update();
    }

    @Test
    void importsMergesSkipsAndInfers() {
        ImportReport report = unitsImport.run(new UnitSourcesFixture().writeTo(folder), line -> { });

        assertThat(report.skipped()).extracting(Object::toString).containsExactlyInAnyOrder(
                "units_all.csv line 3: empty or bad date \"\"",
                "btgs_all.csv line 3: empty or bad coordinates",
                "deepstate_unit_positions_weekly.csv line 6: bad snapshot_utc, lat or lon",
                "export_events.json line 4: event CIV9999: empty or bad id, date or coordinates",
                "events.csv line 4: entry UW0331: empty or bad entry, date or coordinates",
                "rumiloc_ground_forces.csv line 3: bad lat or lon");
        var brigade = directory.resolve("64-я отдельная мотострелковая бригада", 1).getFirst().unit();
        assertThat(brigade.name()).isEqualTo("64th Separate Motorized Rifle Brigade");
        assertThat(brigade.aliases()).contains("64-та окрема мотострілецька бригада");
        assertThat(brigade.parentName()).isEqualTo("35th Combined Arms Army");
        assertThat(brigade.garrisons()).anyMatch(g -> g.startsWith("Knyaze-Volkonskoye"));
        assertThat(directory.positionsDuring(brigade.id(), LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31))).hasSize(2);
        assertThat(directory.resolve("в/ч 41450", 1).getFirst().unit().name()).contains("137");
        assertThat(directory.resolve("7 дшд", 1).getFirst().unit().name()).isEqualTo("7th Guards Assault Airborne Division");
        assertThat(directory.resolve("72nd Mechanized Brigade", 3)).isEmpty(); // Ukrainian units are not imported

        var links = directory.incidentsDuring(brigade.id(), LocalDate.of(2022, 3, 1), LocalDate.of(2022, 4, 30));
        assertThat(links).extracting(UnitIncidentView::title)
                .containsExactlyInAnyOrder("Bodies of civilians in a street in Bucha.", "03/29/2022 Large fire in Bucha");
        assertThat(links).allMatch(l -> !l.reviewed() && l.inferred() && l.confidence() == UnitIncidentView.Confidence.PROBABLE);
        assertThat(links).extracting(l -> l.record().toString()).contains("incidents-bellingcat CIV0628");
        assertThat(links).filteredOn(l -> l.title().startsWith("Bodies")).first()
                .satisfies(l -> assertThat(l.sourceUrls()).containsExactly("https://example.org/bucha-1"));
        // by place and time, whatever the unit: Bucha's incidents within 10 km, sourced (imported with a publisher link)
        var near = directory.incidentsNear(new org.passage.geo.Coordinates(50.5436, 30.2120), 10, LocalDate.of(2022, 3, 25), LocalDate.of(2022, 4, 9));
        assertThat(near).extracting(NearbyIncident::title).contains("Bodies of civilians in a street in Bucha.");
        assertThat(near).allMatch(i -> i.distanceKm() <= 10);
        assertThat(near).filteredOn(i -> i.title().startsWith("Bodies")).first().satisfies(i -> {
            assertThat(i.documentation()).isEqualTo(NearbyIncident.Documentation.SOURCED);
            assertThat(i.distanceKm()).isLessThan(0.1);
        });
        assertThat(directory.incidentsNear(new org.passage.geo.Coordinates(50.5436, 30.2120), 10, LocalDate.of(2021, 1, 1),
                LocalDate.of(2021, 12, 31))).isEmpty();
        // a "military presence" event is not civilian harm: never linked
        assertThat(jdbc.sql("select count(*) from unit_incident_links l join incidents i on i.id = l.incident_id where i.external_id = 'UW0067'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void aBrokenFileChangesNothingAndNamesLineAndField() {
        unitsImport.run(new UnitSourcesFixture().writeTo(folder), line -> { });
        long units = count("units");
        long incidents = count("incidents");

        Path broken = new UnitSourcesFixture().with(UnitsImport.CIR, """
                entry,date,event_group,title,brief description,lat,lon,country,province,district,town/city,arms/munition,violence level,link,geolocation
                UW1,2022-03-29,Civilian Casualty,t,d,50.5,30.1,Ukraine,,,,,1,,
                UW2,2022-03-29,Civilian Casualty,"t,d,50.5,30.1,Ukraine,,,,,1,,
                """).writeTo(folder.resolve("broken"));
        assertThatThrownBy(() -> unitsImport.run(broken, line -> { })).isInstanceOf(ImportProblem.class)
                .hasMessageContaining("events.csv line 3").hasMessageContaining("field 4");
        Path missingColumn = new UnitSourcesFixture().with(UnitsImport.UAWARDATA + "btgs_all.csv", "date,lat,unit,country\n")
                .writeTo(folder.resolve("missing"));
        assertThatThrownBy(() -> unitsImport.run(missingColumn, line -> { })).isInstanceOf(ImportProblem.class)
                .hasMessageContaining("btgs_all.csv line 1, field lng");
        Path brokenJson = new UnitSourcesFixture().with(UnitsImport.BELLINGCAT + "export_events.json", "[{\"id\": \"CIV1\",\n \"date\": ")
                .writeTo(folder.resolve("json"));
        assertThatThrownBy(() -> unitsImport.run(brokenJson, line -> { })).isInstanceOf(ImportProblem.class)
                .hasMessageContaining("export_events.json line 2");

        assertThat(count("units")).isEqualTo(units);
        assertThat(count("incidents")).isEqualTo(incidents);
        assertThat(count("unit_positions")).isPositive();
    }

    @Test
    void reimportKeepsAnalystsWork() {
        Path data = new UnitSourcesFixture().writeTo(folder);
        unitsImport.run(data, line -> { });
        var brigade = directory.resolve("64 ОМСБр", 1).getFirst().unit();
        editing.addAlias(brigade.id(), "Печенгская бригада");
        UUID added = editing.addUnit(new UnitForm("200th Separate Motor Rifle Brigade", "08275", null, "analyst"));
        var link = jdbc.sql("select l.id from unit_incident_links l join incidents i on i.id = l.incident_id where i.external_id = 'UW1228' "
                        + "and l.unit_id = :unit").param("unit", brigade.id()).query(UUID.class).single();
        editing.review(brigade.id(), link, false, "the fire was set by shelling from elsewhere");
        long links = count("unit_incident_links");

        ImportReport again = unitsImport.run(data, line -> { });

        assertThat(again.counts().get("new units")).isZero();
        assertThat(count("unit_incident_links")).isEqualTo(links);
        assertThat(jdbc.sql("select decision from unit_incident_links where id = :id").param("id", link).query(String.class).single())
                .isEqualTo("REJECTED");
        assertThat(directory.unit(brigade.id()).orElseThrow().aliases()).contains("Печенгская бригада");
        assertThat(directory.unit(added)).isPresent();
        assertThat(directory.resolve("в/ч 08275", 1).getFirst().unit().id()).isEqualTo(added);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
