package org.passage.watchlists.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.watchlists.ImportFormat;

/** Every format read from its committed fixture into the FtM-shaped model. */
class ImportersTests {

    @Test
    void ofacLegacyCsvJoinsAliasesAddressesAndReadsTheRemarks() {
        var entities = Fixtures.read(ImportFormat.OFAC_CSV, Fixtures.ofacDemo());
        assertThat(entities).hasSize(60);
        var aksyonov = Fixtures.byId(entities, "ofac-16642");
        assertThat(aksyonov.schema()).isEqualTo("Person");
        assertThat(aksyonov.values("name")).containsExactly("AKSYONOV, Sergey Valeryevich");
        assertThat(aksyonov.values("lastName")).containsExactly("AKSYONOV");
        assertThat(aksyonov.values("firstName")).containsExactly("Sergey Valeryevich");
        assertThat(aksyonov.values("alias")).contains("AKSENOV, Sergei", "AKSYONOV, Serhiy Valeryevich");
        assertThat(aksyonov.values("birthDate")).containsExactly("1972-11-26");
        assertThat(aksyonov.values("birthPlace")).containsExactly("Balti, Moldova");
        assertThat(aksyonov.values("programId")).containsExactly("UKRAINE-EO13660");
        assertThat(aksyonov.values("topics")).containsExactly("sanction");
        assertThat(entities).anySatisfy(e -> assertThat(e.values("address")).isNotEmpty());
        assertThat(entities).anySatisfy(e -> assertThat(e.schema()).isEqualTo("LegalEntity"));
    }

    @Test
    void ofacRemarksGiveIdentifiersAndRussianTaxNumbers() {
        var draft = new EntityDraft("ofac-1", "Person");
        OfacRemarks.read("DOB 28 Sep 1973; POB Vinnitsa, Ukraine; nationality Russia; alt. nationality Ukraine; Gender Male; "
                + "Tax ID No. 773407989940 (Russia); Passport 4510123456 (Russia); a.k.a. 'VANYA'; f.k.a. 'OLD NAME'; alt. DOB circa 1970.", draft);
        var entity = draft.add("name", "X").build("test");
        assertThat(entity.values("birthDate")).containsExactly("1973-09-28", "1970");
        assertThat(entity.values("nationality")).containsExactly("Russia", "Ukraine");
        assertThat(entity.values("innCode")).containsExactly("773407989940");
        assertThat(entity.values("taxNumber")).containsExactly("773407989940");
        assertThat(entity.values("passportNumber")).containsExactly("4510123456");
        assertThat(entity.values("alias")).containsExactly("VANYA");
        assertThat(entity.values("previousName")).containsExactly("OLD NAME");
        assertThat(entity.values("gender")).containsExactly("male");
    }

    @Test
    void ofacJsonStreamsTheEntries() {
        var entities = Fixtures.read(ImportFormat.OFAC_JSON, Fixtures.resource("watchlists/ofac-sdn-excerpt.json"));
        assertThat(entities).hasSize(5).allSatisfy(e -> {
            assertThat(e.id()).startsWith("ofac-");
            assertThat(e.values("programId")).contains("RUSSIA-EO14024");
        });
        assertThat(entities).anySatisfy(e -> assertThat(e.values("alias")).isNotEmpty());
    }

    @Test
    void unXmlReadsIndividualsAndEntities() {
        var entities = Fixtures.read(ImportFormat.UN_XML, Fixtures.resource("watchlists/un-consolidated-excerpt.xml"));
        assertThat(entities).hasSize(5);
        assertThat(entities.stream().filter(e -> e.schema().equals("Person"))).hasSize(3);
        assertThat(entities).anySatisfy(e -> assertThat(e.values("alias")).anyMatch(a -> a.codePoints().anyMatch(c -> c >= 0x0600 && c < 0x0700)));
        assertThat(entities).anySatisfy(e -> assertThat(e.values("birthDate")).anyMatch(d -> d.matches("\\d{4}-\\d{2}-\\d{2}")));
        assertThat(entities).allSatisfy(e -> assertThat(e.id()).matches("un-\\d+"));
    }

    @Test
    void ukCsvReadsOneDesignationPerRow() {
        var entities = Fixtures.read(ImportFormat.UK_CSV, Fixtures.resource("watchlists/uk-fcdo-excerpt.csv"));
        assertThat(entities).hasSize(12).allSatisfy(e -> {
            assertThat(e.id()).startsWith("gb-RUS");
            assertThat(e.values("programId")).containsExactly("Russia");
        });
    }

    @Test
    void euCsvSplitsQuotedMultiValuesAndTellsNamesakesApart() {
        var entities = Fixtures.read(ImportFormat.EU_CSV, Fixtures.resource("watchlists/eu-journal-excerpt.csv"));
        assertThat(entities).hasSize(4);
        var primerov = entities.getFirst();
        assertThat(primerov.values("alias")).containsExactly("Пётр Иванович ПРИМЕРОВ", "Piotr Iwanowitsch PRIMEROW");
        assertThat(primerov.values("birthDate")).containsExactly("1971-04-12");
        assertThat(primerov.values("innCode")).containsExactly("771234000000");
        assertThat(entities.get(1).values("alias")).containsExactly("Анна ТЕСТОВА", "Anya; the second");
        assertThat(entities.get(2).id()).isNotEqualTo(entities.get(3).id());
    }

    @Test
    void ftmKeepsNamedSchemataAndSkipsTheRest() {
        var files = SourceFiles.of(ImportFormat.FTM, Fixtures.resource("watchlists/ftm-entities.json"), null, "test");
        var source = files.source();
        var entities = new java.util.ArrayList<org.passage.watchlists.ListedEntity>();
        source.read(s -> entities.add(s.entity()));
        assertThat(entities).extracting(e -> e.id()).containsExactly("tst-person-1", "tst-org-1", "tst-company-1", "tst-person-2");
        assertThat(source.skipped()).isEqualTo(2);
        var person = entities.getFirst();
        assertThat(person.values("fatherName")).containsExactly("Petrovich");
        assertThat(person.topics()).contains("role.spy");
        assertThat(person.dataset()).isEqualTo("test_list");
    }

    @Test
    void mappedCsvFollowsAJsonOrPropertiesMapping() {
        Path csv = Fixtures.resource("watchlists/mapped.csv");
        var json = Fixtures.read(ImportFormat.CSV, csv, Fixtures.resource("watchlists/mapped.json"));
        assertThat(json).hasSize(2);
        assertThat(Fixtures.byId(json, "A-1").values("alias")).containsExactly("Sergey Primerov", "Серге́й Примеров");
        assertThat(Fixtures.byId(json, "A-2").schema()).isEqualTo("Organization");
        var properties = Fixtures.read(ImportFormat.CSV, csv, Fixtures.resource("watchlists/mapped.properties"));
        assertThat(Fixtures.byId(properties, "A-1").values("birthDate")).containsExactly("1969-02-03");
    }

    @Test
    void ukTablesFolderIsJoinedOnUniqueId(@TempDir Path folder) {
        Fixtures.write(folder, "subjects.csv", "unique_id,subject_type,un_reference_number,ofsi_group_id,date_designated,last_updated\n"
                + "RUS0001,individual,,1,01/03/2022,01/03/2022\nRUS0002,entity,,2,01/03/2022,01/03/2022\n");
        Fixtures.write(folder, "subject_names.csv", "name_id,unique_id,name_type,alias_strength,full_name,name_6,name_1,name_2,name_3,name_4,name_5\n"
                + "1,RUS0001,primary,,Ivan TESTOV,TESTOV,Ivan,,,,\n2,RUS0001,alias,low_quality_aka,Vanya,Vanya,,,,,\n3,RUS0002,primary,,FICTIONAL PLANT,FICTIONAL PLANT,,,,,\n");
        Fixtures.write(folder, "subject_dobs.csv", "dob_id,unique_id,year,month,day,precision,parse_issues\n1,RUS0001,1970,01,02,exact,\n");
        Fixtures.write(folder, "subject_identifiers.csv", "id,unique_id,ofsi_group_id,raw_value,identifier_type,additional_info\n"
                + "1,RUS0002,2,1027700000000,business_registration_numbers,\n2,RUS0001,1,AB123,passport,\n");
        Fixtures.write(folder, "subject_countries.csv", "id,unique_id,raw_value,country_type,iso,resolution_method,iso_available\n"
                + "1,RUS0001,Russia,nationality,RU,direct,True\n2,RUS0001,Russia,nationality,RU,direct,True\n");
        var entities = Fixtures.read(ImportFormat.UK_CSV, folder);
        var testov = Fixtures.byId(entities, "gb-RUS0001");
        assertThat(testov.values("weakAlias")).containsExactly("Vanya");
        assertThat(testov.values("birthDate")).containsExactly("1970-01-02");
        assertThat(testov.values("passportNumber")).containsExactly("AB123");
        assertThat(testov.values("nationality")).containsExactly("Russia");
        assertThat(Fixtures.byId(entities, "gb-RUS0002").values("registrationNumber")).containsExactly("1027700000000");
    }
}
