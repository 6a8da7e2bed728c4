package org.passage.units.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.support.PassageIntegrationTest;
import org.passage.units.FormationIncident;
import org.passage.units.UnitDirectory;
import org.passage.units.UnitIncidentView;
import org.passage.units.UnitView;
import org.passage.watchlists.ImportFormat;
import org.passage.watchlists.ImportProgress;
import org.passage.watchlists.ImportRequest;
import org.passage.watchlists.Watchlists;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The knowledge base of issue 13 on crafted sources in the real formats: junk labels refused with file and line,
 * spellings of one formation folded, the hierarchy read with its dates, named formations recognised in every script
 * and matched to a list entry by the screening engine, the curated 2014–2021 file loaded with a citation on every
 * row, analysts' corrections and merges kept across re-imports, and bad input refused naming the field.
 */
@PassageIntegrationTest
class UnitKnowledgeIntegrationTests {

    @Autowired
    UnitsImport unitsImport;
    @Autowired
    UnitDirectory directory;
    @Autowired
    UnitEditing editing;
    @Autowired
    KnowledgeEditing knowledge;
    @Autowired
    Watchlists watchlists;
    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path folder;

    @BeforeEach
    void empty() {
        jdbc.sql("delete from unit_incident_links").update();
        jdbc.sql("delete from incidents").update();
        jdbc.sql("update units set merged_into = null").update();
        jdbc.sql("delete from units").update();
    }

    static UnitSourcesFixture sources() {
        return new UnitSourcesFixture()
                .with(UnitsImport.UAWARDATA + "units_all.csv", """
                        date,lat,lng,icon,type,strength,strength_in_btg_text,strength_in_btg_number,unit,unitnumber,subordinate_to,sources_url,sources_date,notes,country,stacked,icon15
                        2022-03-31,50.5428,30.1843,X,Motorized Rifle,Brigade,2,2.0,64th Separate Motorized Rifle Brigade,64?,35th Combined Arms Army,,,,ru,False,X
                        2022-03-31,47.9,37.5,X,Airborne,Division,1,1.0,98th Guards Airborne Division,98,Russian Airborne Forces,,,,ru,False,X
                        2022-03-31,47.9,37.6,X,Airborne,Regiment,1,1.0,331st Guards Airborne Regiment,331,98th Guards Airborne Division,,,,ru,False,X
                        2022-06-13,47.9,37.6,X,Airborne,Regiment,1,1.0,331st Guards Airborne Regiment,331,98th Guards Airborne Division,,,,ru,False,X
                        2022-03-31,50.1,36.2,X,Airborne,Regiment,1,1.0,U/I VDV Unit,,Russian Airborne Forces,,,,ru,False,X
                        """)
                .with(UnitsImport.DEEPSTATE, """
                        snapshot_utc,kind,name_uk,name_en,deepstate_key,military_unit_number,lon,lat,style_url,name_raw
                        2022-05-01T19:08Z,unit,64-та окрема мотострілецька бригада,64th Separate Motorized Rifle Brigade,,,37.2507,49.1775,#i,x
                        2022-05-01T19:08Z,unit,Авіабаза Сольці,Soltsy-2 (air base),,,30.3,58.1,#i,x
                        2022-05-01T19:08Z,unit,Окремий штурмовий батальйон «Сомалі»,Somalia Battalion,,,37.7,48.0,#i,x
                        2022-05-01T19:08Z,unit,129-й полк (ДНР),129st Regiment (DPR),,,37.8,48.1,#i,x
                        2022-05-08T19:08Z,unit,129-й мотострілецький полк (ДНР),129st Regiment (DPR),,,37.8,48.1,#i,x
                        2022-05-01T19:08Z,unit,76-а гвардійська десантно-штурмова дивізія,76th Guards Air Assault Division,,,37.0,49.0,#i,x
                        2022-05-01T19:08Z,unit,104-й десантно-штурмовий полк зі складу 76-ї дивізії,104th Airborne Assault Regiment from the 76th Division,,,37.1,49.1,#i,x
                        2022-05-01T19:08Z,unit,БАРС-13,13nd squad BARS,,,37.2,49.2,#i,x
                        """);
    }

    /** The unit's edit form does not show its note: saving a new name keeps the sources it was created with. */
    @Test
    void editingAUnitKeepsTheNoteItWasCreatedWith() {
        UUID unit = editing.addUnit(new UnitForm("Отдельная бригада (тест заметки)", null, null, "source: order of 2019-03-01"));
        editing.editUnit(unit, new UnitForm("Отдельная бригада (тест заметки, исправлено)", null, null, ""));
        assertThat(jdbc.sql("select note from units where id = ?").param(unit).query(String.class).single())
                .isEqualTo("source: order of 2019-03-01");
        editing.editUnit(unit, new UnitForm("Отдельная бригада (тест заметки, исправлено)", null, null, "renamed: order of 2020-01-10"));
        assertThat(jdbc.sql("select note from units where id = ?").param(unit).query(String.class).single())
                .isEqualTo("source: order of 2019-03-01\nrenamed: order of 2020-01-10");
    }

    @Test
    void refusesJunkFoldsDuplicatesReadsHierarchyAndNamedFormations() {
        ImportReport report = unitsImport.run(sources().writeTo(folder), line -> { });

        assertThat(report.refused()).anySatisfy(r -> assertThat(r).startsWith("deepstate_unit_positions_weekly.csv line 3: not a unit name \"Авіабаза Сольці\""));
        assertThat(report.refused()).anySatisfy(r -> assertThat(r).startsWith("units_all.csv line 6: not a unit name \"U/I VDV Unit\""));
        assertThat(directory.resolve("Авіабаза Сольці", 5)).isEmpty();
        // two spellings of the DPR's 129th regiment, one without its branch: one unit with both names
        assertThat(report.counts().get("merged duplicates")).isPositive();
        assertThat(jdbc.sql("select count(*) from units where unit_key like '129|REGIMENT|%'").query(Long.class).single()).isOne();
        UnitView regiment129 = directory.resolve("129-й мотострілецький полк (ДНР)", 3).getFirst().unit();
        assertThat(regiment129.aliases()).contains("129-й полк (ДНР)");

        UnitView regiment331 = directory.resolve("331 гв. пдп", 3).getFirst().unit();
        UnitView division98 = directory.resolve("98th Guards Airborne Division", 3).getFirst().unit();
        assertThat(relatives(regiment331.id())).anySatisfy(r -> {
            assertThat(r.unitId()).isEqualTo(division98.id());
            assertThat(r.relation()).isEqualTo("PARENT");
        });
        // a label's "зі складу 76-ї дивізії" names no branch: the only 76th division is the parent
        UnitView regiment104 = directory.resolve("104 дшп", 3).getFirst().unit();
        UnitView division76 = directory.resolve("76 дшд", 3).getFirst().unit();
        assertThat(relatives(regiment104.id())).anySatisfy(r -> assertThat(r.unitId()).isEqualTo(division76.id()));
        // uawardata's dated rows give the dates the subordination was seen
        assertThat(jdbc.sql("select valid_from || '..' || valid_to from unit_subordinations where unit_id = :u and parent_id = :p and valid_from is not null")
                .param("u", regiment331.id()).param("p", division98.id()).query(String.class).list()).contains("2022-03-31..2022-06-13");
        // BARS detachments are under BARS
        UnitView bars = directory.resolve("БАРС", 3).getFirst().unit();
        assertThat(bars.formationType()).isEqualTo("RESERVE");
        assertThat(jdbc.sql("select count(*) from unit_subordinations where parent_id = :p").param("p", bars.id()).query(Long.class).single()).isOne();

        // a named formation: the DeepState label, the Russian, Ukrainian and English names and a Latin spelling reach one unit
        UnitView somalia = directory.resolve("батальон Сомали", 3).getFirst().unit();
        assertThat(somalia.name()).isEqualTo("Somalia Battalion");
        assertThat(somalia.formationType()).isEqualTo("VOLUNTEER_UNIT");
        assertThat(somalia.affiliation()).contains("DPR");
        assertThat(somalia.aliases()).contains("Окремий штурмовий батальйон «Сомалі»");
        assertThat(directory.resolve("Somali battalion", 3).getFirst().unit().id()).isEqualTo(somalia.id());
        assertThat(directory.resolve("batalon Somali", 3)).extracting(m -> m.unit().id()).contains(somalia.id());
        assertThat(directory.positionsDuring(somalia.id(), LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31))).hasSize(1);
    }

    @Test
    void curatedFileLoadsWithACitationOnEveryRowAndLinksReachTheHierarchy() {
        unitsImport.run(sources().writeTo(folder), line -> { });

        assertThat(jdbc.sql("select count(*) from incidents where dataset = 'curated-2014-2021'").query(Long.class).single()).isEqualTo(5);
        assertThat(jdbc.sql("select count(*) from incidents where dataset = 'curated-2014-2021' and (cardinality(source_urls) = 0 "
                + "or documentation is null)").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from unit_incident_links where origin = 'curated'").query(Long.class).single()).isEqualTo(5);
        assertThat(jdbc.sql("select count(*) from unit_incident_links where origin = 'curated' and cardinality(source_urls) = 0")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from incidents where source_urls::text like '%http://%'").query(Long.class).single()).isZero();

        UnitView brigade53 = directory.resolve("в/ч 32406", 1).getFirst().unit();
        assertThat(directory.incidentsDuring(brigade53.id(), LocalDate.of(2014, 7, 1), LocalDate.of(2014, 7, 31)))
                .singleElement().satisfies(l -> {
                    assertThat(l.title()).contains("MH17");
                    assertThat(l.documented()).isTrue();
                    assertThat(l.record().toString()).isEqualTo("curated-2014-2021 MH17");
                });
        // the 331st regiment's documented Ilovaisk link reaches its division, said through the regiment
        UnitView division98 = directory.resolve("98th Guards Airborne Division", 3).getFirst().unit();
        assertThat(directory.formationIncidentsDuring(division98.id(), LocalDate.of(2014, 8, 1), LocalDate.of(2014, 8, 31)))
                .singleElement().satisfies(f -> {
                    assertThat(f.relation()).isEqualTo(FormationIncident.Relation.CHILD);
                    assertThat(f.via()).isEqualTo("331st Guards Airborne Regiment");
                    assertThat(f.incident().title()).contains("Ilovaisk");
                });
        // and a link whose source documents the whole division reaches the regiment as such
        UnitView regiment331 = directory.resolve("331 пдп", 3).getFirst().unit();
        UUID crimea = jdbc.sql("select id from incidents where external_id = 'CRIMEA-2014'").query(UUID.class).single();
        editing.addLink(division98.id(), crimea, UnitIncidentView.Confidence.CONFIRMED, "https://example.org/division-order", "test: whole division", true);
        assertThat(directory.formationIncidentsDuring(regiment331.id(), LocalDate.of(2014, 3, 1), LocalDate.of(2014, 3, 31)))
                .singleElement().satisfies(f -> {
                    assertThat(f.relation()).isEqualTo(FormationIncident.Relation.PARENT);
                    assertThat(f.coversFormation()).isTrue();
                });
        // a formation's inferred leads never travel down or up the hierarchy
        assertThat(directory.formationIncidentsDuring(regiment331.id(), LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31))).isEmpty();
    }

    @Test
    void analystsCorrectionsSubordinationsAndMergesSurviveReimport() {
        Path data = sources().writeTo(folder);
        unitsImport.run(data, line -> { });
        UUID fire = jdbc.sql("select id from incidents where external_id = 'UW1228'").query(UUID.class).single();
        // the CIR record is dated by its publication; the analyst gives the event's own dates and a source
        knowledge.correctIncident(fire, IncidentForm.of("Large fire in Bucha", "Bucha", "50.5446", "30.1909", "2022-03-27", "2022-03-28",
                "2022-03-29", "Fire after shelling.", "REPORTED", "https://example.org/fire-report", true), "dated by its publication in CIR");
        UnitView brigade = directory.resolve("64 ОМСБр", 1).getFirst().unit();
        UnitView division76 = directory.resolve("76 дшд", 3).getFirst().unit();
        knowledge.addSubordination(brigade.id(), division76.id(), LocalDate.of(2022, 1, 1), null, "test source");
        UUID duplicate = editing.addUnit(new UnitForm("Печенгская бригада", null, null, "the same brigade by its nickname"));
        UUID demoIncident = jdbc.sql("select id from incidents where external_id = 'UW1228'").query(UUID.class).single();
        editing.addLink(duplicate, demoIncident, UnitIncidentView.Confidence.PROBABLE, "https://example.org/nick", "test link on the duplicate");
        knowledge.merge(duplicate, brigade.id(), "one brigade: Pechenga is its nickname");

        unitsImport.run(data, line -> { });

        assertThat(jdbc.sql("select starts_on || '..' || ends_on || ' ' || published_on || ' ' || (corrected_at is not null) from incidents where id = :id")
                .param("id", fire).query(String.class).single()).isEqualTo("2022-03-27..2022-03-28 2022-03-29 true");
        assertThat(jdbc.sql("select count(*) from unit_subordinations where unit_id = :u and parent_id = :p and origin = 'analyst'")
                .param("u", brigade.id()).param("p", division76.id()).query(Long.class).single()).isOne();
        assertThat(directory.unit(duplicate).orElseThrow().id()).isEqualTo(brigade.id());
        assertThat(directory.resolve("Печенгская бригада", 3).getFirst().unit().id()).isEqualTo(brigade.id());
        assertThat(directory.resolve("Печенгская бригада", 10)).extracting(m -> m.unit().id()).doesNotContain(duplicate);
        assertThat(jdbc.sql("select count(*) from unit_incident_links where unit_id = :u and origin = 'analyst'").param("u", brigade.id())
                .query(Long.class).single()).isOne();
        assertThat(jdbc.sql("select count(*) from audit_event where action in ('unit.merge', 'unit.incident.correct', 'unit.formation.add')")
                .query(Long.class).single()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aNamedFormationReachesTheListEntryThroughANameInAnotherScript() throws IOException {
        Path list = folder.resolve("units-list.ftm.json");
        Files.writeString(list, """
                {"id": "t-sparta", "schema": "Organization", "caption": "SPARTA BATTALION", "datasets": ["t"], "properties": {"name": ["SPARTA BATTALION"]}}
                {"id": "t-46", "schema": "Organization", "caption": "46TH SEPARATE MOTOR RIFLE BRIGADE", "datasets": ["t"], "properties": {"name": ["46TH SEPARATE MOTOR RIFLE BRIGADE"]}}
                """);
        watchlists.importVersion(new ImportRequest("units-test-list", ImportFormat.FTM, list, null), ImportProgress.NONE);
        unitsImport.run(sources().writeTo(folder.resolve("data")), line -> { });

        // he wrote the battalion's name in Ukrainian; the list names it in English
        UnitView sparta = directory.resolve("батальйон Спарта", 3).getFirst().unit();
        assertThat(sparta.name()).isEqualTo("Sparta Battalion");
        assertThat(sparta.sanctionLeads()).singleElement().asString().contains("SPARTA BATTALION (units-test-list)").contains("version");
        assertThat(sparta.sanctionEntries()).isEmpty(); // not documented until an analyst confirms
        // the 64th brigade shares words with the listed 46th, never its ordinal
        assertThat(directory.resolve("64 ОМСБр", 1).getFirst().unit().sanctionLeads()).isEmpty();

        knowledge.reviewSanction(sparta.id(), "units-test-list", "t-sparta", true, "the list's entry is this battalion (test)");
        assertThat(directory.unit(sparta.id()).orElseThrow().sanctionEntries()).containsExactly("SPARTA BATTALION (units-test-list)");
        unitsImport.run(sources().writeTo(folder.resolve("data")), line -> { });
        assertThat(directory.unit(sparta.id()).orElseThrow().sanctionEntries()).containsExactly("SPARTA BATTALION (units-test-list)");
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsStored() {
        unitsImport.run(sources().writeTo(folder), line -> { });
        long incidents = jdbc.sql("select count(*) from incidents").query(Long.class).single();

        assertThatThrownBy(() -> IncidentForm.of("t", "Bucha", "", "", "2022-03-01", "2022-03-02", "", "s", "REPORTED", " ", true))
                .isInstanceOf(InvalidUnitInput.class).extracting("field").isEqualTo("sources");
        assertThatThrownBy(() -> IncidentForm.of("t", "Bucha", "", "", "2022-03-05", "2022-03-02", "", "s", "REPORTED", "https://e.org/x", true))
                .isInstanceOf(InvalidUnitInput.class).extracting("field").isEqualTo("to");
        assertThatThrownBy(() -> IncidentForm.of("t", "Bucha", "", "", "2022-03-05", "", "2022-03-01", "s", "REPORTED", "https://e.org/x", true))
                .isInstanceOf(InvalidUnitInput.class).extracting("field").isEqualTo("published");
        assertThatThrownBy(() -> IncidentForm.of("t", "Bucha", "50.5", "", "2022-03-05", "", "", "s", "REPORTED", "https://e.org/x", true))
                .isInstanceOf(InvalidUnitInput.class).extracting("field").isEqualTo("longitude");

        // the Somalia battalion existed from 2014: MH17's brigade link is fine, a link to a 2013 event is not
        UnitView somalia = directory.resolve("батальон Сомали", 3).getFirst().unit();
        UUID old = knowledge.addIncident(IncidentForm.of("An event of 2013", "Donetsk", "48.0", "37.8", "2013-05-01", "", "", "s", "REPORTED",
                "https://e.org/2013", false));
        assertThatThrownBy(() -> editing.addLink(somalia.id(), old, UnitIncidentView.Confidence.CONFIRMED, "https://e.org/l", "note"))
                .isInstanceOf(InvalidUnitInput.class).extracting("field").isEqualTo("incident");
        UnitView division98 = directory.resolve("98th Guards Airborne Division", 3).getFirst().unit();
        assertThatThrownBy(() -> knowledge.addSubordination(somalia.id(), division98.id(), LocalDate.of(2012, 1, 1), null, "a source"))
                .isInstanceOf(InvalidUnitInput.class).extracting("field").isEqualTo("from");
        assertThatThrownBy(() -> knowledge.correctIncident(old, IncidentForm.of("t", "p", "", "", "2013-05-01", "", "", "s", "REPORTED",
                "https://e.org/x", false), " ")).isInstanceOf(InvalidUnitInput.class).extracting("field").isEqualTo("reason");
        assertThatThrownBy(() -> knowledge.merge(somalia.id(), somalia.id(), "same")).isInstanceOf(InvalidUnitInput.class)
                .extracting("field").isEqualTo("other");

        assertThat(jdbc.sql("select count(*) from incidents").query(Long.class).single()).isEqualTo(incidents + 1);
        assertThat(jdbc.sql("select count(*) from unit_incident_links where incident_id = :i").param("i", old).query(Long.class).single()).isZero();
    }

    private java.util.List<KnowledgeViews.Relative> relatives(UUID unit) {
        return new KnowledgeViews(jdbc).relatives(unit);
    }
}
