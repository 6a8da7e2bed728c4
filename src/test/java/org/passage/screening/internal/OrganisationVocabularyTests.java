package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The words organisations are named with, across languages (constructed names; Veltor, Kaltor and Fardel are
 * invented, none comes from an evaluation file): Russian defence-industry and state-company words and their
 * English, one word saying two (a refinery is an oil-refining plant), the при- of a region's adjective, "named after",
 * the directions as nouns, Persian and Arabic company words — and translated words never join two distinctive names.
 */
class OrganisationVocabularyTests {

    private static double score(String a, String b) {
        return NamePairs.score("Company", a, b);
    }

    @Test
    void russianIndustryWordsMeetTheirEnglish() {
        assertThat(OrgTerms.term("patronnyy")).isEqualTo("CARTRIDGE");
        assertThat(OrgTerms.term("kabelnogo")).isEqualTo("CABLE");
        assertThat(OrgTerms.term("poluprovodnikovykh")).isEqualTo("SEMICONDUCTOR");
        assertThat(OrgTerms.term("opytno")).isEqualTo("EXPERIMENTAL");
        assertThat(OrgTerms.term("avtomatizirovannaya")).isEqualTo("AUTOMATION");
        assertThat(OrgTerms.term("strakhovanie")).isEqualTo("INSURANCE");
        assertThat(score("Велторский патронный завод", "Veltor Cartridge Plant")).isGreaterThanOrEqualTo(0.80);
        assertThat(score("Велторское опытно-конструкторское бюро", "Veltor Experimental Design Bureau")).isGreaterThanOrEqualTo(0.80);
        assertThat(score("Велторский завод полупроводниковых приборов", "Veltor Semiconductor Devices Plant")).isGreaterThanOrEqualTo(0.80);
        assertThat(score("Велторский станкостроительный завод", "Veltor Machine Tool Plant")).isGreaterThanOrEqualTo(0.75);
        assertThat(score("ZAO Veltor Avtomatizirovannaya Sistema Torgov", "Veltor Automated Trade System CJSC")).isGreaterThanOrEqualTo(0.80);
        assertThat(score("Veltor Strakhovanie OOO", "Veltor Insurance LLC")).isGreaterThanOrEqualTo(0.80);
    }

    @Test
    void allRussianAndRussianAreOnePlace() {
        assertThat(score("Всероссийский институт Велтор", "All-Russian Institute Veltor")).isGreaterThanOrEqualTo(0.80);
        assertThat(score("Всероссийский институт Велтор", "Russian Institute Veltor")).isGreaterThanOrEqualTo(0.80);
    }

    @Test
    void namedAfterIsImeni() {
        assertThat(OrgTerms.term("imeni")).isEqualTo("NAMED");
        assertThat(score("Велторский завод имени Фарделя", "Veltor Plant named after Fardel")).isGreaterThanOrEqualTo(0.80);
    }

    @Test
    void aRefineryIsAnOilRefiningPlant() {
        assertThat(OrgTerms.implies("REFINERY", "OIL")).isTrue();
        assertThat(OrgTerms.implies("REFINERY", "PLANT")).isTrue();
        assertThat(OrgTerms.implies("PLANT", "REFINERY")).isFalse();
        assertThat(OrgTerms.implies("", "")).isFalse();
        assertThat(score("Велторский нефтеперерабатывающий завод", "Veltor Oil Refinery")).isGreaterThanOrEqualTo(0.80);
        assertThat(score("Велторская судоверфь", "Veltor Shipyard")).isGreaterThanOrEqualTo(0.80);
        // the words a refinery says answer descriptive words only: two refineries of two names stay two
        assertThat(score("Велторский нефтеперерабатывающий завод", "Kaltor Oil Refinery")).isLessThan(0.70);
        assertThat(score("Fardel Prison", "Kaltor Prison")).isLessThan(0.70);
    }

    @Test
    void aWordThatSaysTwoMeetsBoth() {
        // agrochemical: Persian شیمی کشاورزی, chemistry of agriculture, two words of the other name
        assertThat(score("Veltor Agrochemical Company", "Sherkat Veltor Shimi Keshavarz")).isGreaterThanOrEqualTo(0.80);
        // one of them alone is only a related word
        assertThat(score("Veltor Agrochemical Company", "Sherkat Kaltor Shimi Keshavarz")).isLessThan(0.70);
    }

    @Test
    void precisionIsTranslatedButNamesACompany() {
        assertThat(OrgTerms.term("tochnykh")).isEqualTo("PRECISION");
        assertThat(OrgTerms.descriptive("PRECISION")).isFalse();
        assertThat(score("Научно-исследовательский институт точных приборов", "Research Institute of Precision Instruments"))
                .isGreaterThanOrEqualTo(0.80);
    }

    @Test
    void aRegionByAPlaceIsThatPlacesAdjective() {
        assertThat(TokenMatch.placeAdjective("pribaltiyskiy", "baltic")).isTrue();
        assertThat(TokenMatch.placeAdjective("priamurskiy", "amur")).isTrue();
        assertThat(TokenMatch.placeAdjective("pribor", "bor")).isFalse();
        assertThat(score("JSC Pribaltiysky Sudostroitelny Factory Veltor", "Baltic Shipbuilding Plant Veltor JSC")).isGreaterThanOrEqualTo(0.80);
    }

    @Test
    void kindredTermsSayACompoundsPart() {
        // радиотехнический: radio and technical, which lists give as "radio engineering"
        assertThat(score("Велторский радиотехнический завод", "Veltor Radio Engineering Plant")).isGreaterThanOrEqualTo(0.80);
        assertThat(score("Велторский машиностроительный завод", "Veltor Engineering Plant")).isGreaterThanOrEqualTo(0.80);
    }

    @Test
    void directionsAsNounsStayDistinctive() {
        assertThat(score("Veltor Severo-Zapad OOO", "Veltor North-West LLC")).isGreaterThanOrEqualTo(0.80);
        assertThat(score("Veltor Sever OOO", "Veltor Yug OOO")).isLessThan(0.70);
        assertThat(score("Veltor Consulting CIS", "Veltor Konsalting SNG")).isGreaterThanOrEqualTo(0.80);
    }

    @Test
    void russianPlacesWithAnEnglishNameOfTheirOwn() {
        assertThat(score("Московский машиностроительный завод Велтор", "Moscow Machine-Building Plant Veltor")).isGreaterThanOrEqualTo(0.80);
        assertThat(score("Крымский завод Велтор", "Crimean Plant Veltor")).isGreaterThanOrEqualTo(0.80);
        // Дальневосточный is a compound of дальн- and восточный: Far Eastern
        assertThat(score("Дальневосточный центр судоремонта", "Far Eastern Ship Repair Center")).isGreaterThanOrEqualTo(0.80);
        assertThat(score("Московский завод Велтор", "Siberian Plant Veltor")).isLessThan(0.70);
    }

    @Test
    void everydayWordsAreTranslatedInOrganisationsNamesOnly() {
        assertThat(score("Kazan Design Bureau Soyuz", "Kazan Design Bureau Union")).isGreaterThanOrEqualTo(0.80);
        assertThat(score("Cartel de los Soles", "Cartel of the Suns")).isGreaterThanOrEqualTo(0.80);
        // Sun and Sol are also people's surnames: not one name in a person's
        assertThat(NamePairs.score("Person", "Sun Veltor", "Sol Veltor")).isLessThan(0.70);
        assertThat(OrgTerms.organisationsOnly("SUN")).isTrue();
        assertThat(OrgTerms.organisationsOnly("PLANT")).isFalse();
    }

    @Test
    void machineBuildingSaysBuilding() {
        assertThat(score("Veltor Machine-Building Plant JSC", "Joint Stock Company Veltor Mechanical Plant")).isGreaterThanOrEqualTo(0.80);
        assertThat(score("Software Research Institute", "Research Institute of Software Tools")).isGreaterThanOrEqualTo(0.80);
    }

    @Test
    void persianAndArabicCompanyWords() {
        assertThat(score("Mojtame-e Abzar Boreshi Veltor", "Veltor Cutting Tools Company")).isGreaterThanOrEqualTo(0.80);
        assertThat(score("Jihad al-Bina Veltor", "Veltor Construction Jihad")).isGreaterThanOrEqualTo(0.80);
    }
}
