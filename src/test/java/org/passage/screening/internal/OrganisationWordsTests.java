package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * One organisation's name in two languages compared word for word (constructed names; Veltor and Kaltor are invented,
 * none comes from an evaluation file): synonyms lists use for one thing, plurals, Persian and Arabic words with their
 * ezafe, plural ending, article, conjunction or preposition, articles and prepositions of other languages, a place and
 * its adjective in Russian, English and Persian — and, as much, two organisations that share only such words kept apart.
 */
class OrganisationWordsTests {

    private static double score(String a, String b) {
        return NamePairs.score("Company", a, b);
    }

    @Test
    void bureauDepartmentDirectorateAndAdministrationAreOneThing() {
        assertThat(score("Veltor Bureau of Atomic Energy", "Veltor Department of Atomic Energy")).isGreaterThanOrEqualTo(0.85);
        assertThat(score("Main Directorate Veltor", "Main Administration Veltor")).isGreaterThanOrEqualTo(0.85);
        assertThat(score("Управление Велтор", "Veltor Department")).isGreaterThanOrEqualTo(0.80);
        assertThat(OrgTerms.term("department")).isEqualTo(OrgTerms.term("bureau")).isEqualTo(OrgTerms.term("directorate"));
    }

    @Test
    void aShipyardIsAShipbuildingPlantAndFactoriesAreAPlant() {
        assertThat(score("Shipyard Veltor", "Veltor Shipbuilding Plant")).isGreaterThanOrEqualTo(0.80);
        assertThat(score("Veltor Factories", "Veltor Plant")).isGreaterThanOrEqualTo(0.85);
        assertThat(score("Kaltor Firm", "Kaltor Concern")).isGreaterThanOrEqualTo(0.85);
        assertThat(OrgTerms.term("factories")).isEqualTo("PLANT");
        assertThat(OrgTerms.term("laboratorios")).isEmpty();
        // a plural is cut only from a word of the lexicon: a name ending in s stays itself
        assertThat(OrgTerms.term("plan")).isEmpty();
    }

    @Test
    void aPersianNameWithItsEzafeMeetsItsEnglishTranslation() {
        assertThat(score("نیروی هوافضای سپاه ولتور", "Veltor Corps Aerospace Force")).isGreaterThanOrEqualTo(0.80);
        assertThat(score("شرکت ملی مهندسی و ساختمان نفت ایران", "National Iranian Oil Engineering and Construction Company"))
                .isGreaterThanOrEqualTo(0.80);
        assertThat(OrgTerms.abjadTerm("هوافضای")).isEqualTo("SPACE");
        assertThat(OrgTerms.abjadTerm("لخدمات")).isEqualTo("SERVICES");
        assertThat(OrgTerms.abjadTerm("ولتور")).isEmpty();
    }

    @Test
    void theArabicConjunctionAndArticleJoinedToAWordAreCutOff() {
        assertThat(NameParser.words("التوحيد والجهاد")).containsExactly("ال", "توحيد", "ال", "جهاد");
        assertThat(NameParser.words("للحماية")).containsExactly("ال", "حماية");
        assertThat(score("حركة التوحيد والجهاد في غرب إفريقيا", "Mouvement pour l'Unification et le Jihad en Afrique de l'Ouest"))
                .isGreaterThanOrEqualTo(0.70);
    }

    @Test
    void articlesAndPrepositionsOfOtherLanguagesWeighLittle() {
        assertThat(NameParser.words(Romanizer.fold("l'Ouest"))).containsExactly("l", "ouest");
        assertThat(score("Cartel de los Veltores", "Cartel Veltores")).isGreaterThanOrEqualTo(0.90);
        assertThat(score("Front de Libération de l'Ouest", "Western Liberation Front")).isGreaterThanOrEqualTo(0.80);
    }

    @Test
    void aPlaceMeetsItsAdjectiveInRussianEnglishAndPersian() {
        assertThat(TokenMatch.placeAdjective("mariyskiy", "mari")).isTrue();
        assertThat(TokenMatch.placeAdjective("baltiyskiy", "baltic")).isTrue();
        assertThat(TokenMatch.placeAdjective("kaltiyskiy", "baltic")).isFalse();
        assertThat(TokenMatch.placeAdjective("baltiyskiy", "baltimore")).isFalse();
        assertThat(score("Mariyskiy Machine-Building Plant", "Mari Machine Building Plant")).isGreaterThanOrEqualTo(0.85);
        assertThat(score("Baltiyskiy Zavod Veltor", "Baltic Plant Veltor")).isGreaterThanOrEqualTo(0.85);
        assertThat(score("شرکت ولتور ایران", "Iranian Veltor Company")).isGreaterThanOrEqualTo(0.80);
    }

    @Test
    void twoOrganisationsSharingOnlyGenericWordsStayApart() {
        assertThat(score("Veltor Bureau", "Kaltor Department")).isLessThan(0.70);
        assertThat(score("Kaltor Group", "Veltor Group")).isLessThan(0.70);
        assertThat(score("General Department of Atomic Energy", "General Department of Nuclear Energy")).isLessThan(0.70);
        assertThat(score("National Development Complex", "National Defence Complex")).isLessThan(0.70);
        assertThat(score("Bureau of Economic Development", "Department of Economic Planning")).isLessThan(0.70);
        assertThat(score("شرکت ملی نفت ایران", "National Iranian Gas Company")).isLessThan(0.70);
        assertThat(score("الشركة الوطنية للخدمات", "National Trading Company")).isLessThan(0.70);
    }

    @Test
    void directionsAreTranslatedButStayDistinctive() {
        assertThat(score("North Star Shipping", "South Star Shipping")).isLessThan(0.70);
        assertThat(score("Western Trading Company", "Eastern Trading Company")).isLessThan(0.70);
        assertThat(score("Veltor Timur", "Eastern Veltor")).isGreaterThanOrEqualTo(0.80);
        assertThat(score("Veltor Sharq", "Veltor East")).isGreaterThanOrEqualTo(0.80);
    }

    @Test
    void anEnglishWordWrittenInCyrillicAsItSoundsIsReadBack() {
        assertThat(score("ООО Эдвансд Велтор", "LLC Advanced Veltor")).isGreaterThanOrEqualTo(0.80);
        assertThat(score("ООО Велтор Интернешнл", "Veltor International LLC")).isGreaterThanOrEqualTo(0.80);
        assertThat(EnglishInCyrillic.consonants(EnglishInCyrillic.englishSounds("advanced"))).isEqualTo("dvnsd");
        assertThat(EnglishInCyrillic.consonants("interneshnl")).isEqualTo(EnglishInCyrillic.consonants(EnglishInCyrillic.englishSounds("international")));
    }

    @Test
    void anEnglishWordInCyrillicNeedsFiveConsonantsInOrder() {
        // Эдвансд is not Advent, and four consonants (Эдванс, Advance) agree with too many other words to count
        assertThat(score("ООО Эдвансд Велтор", "LLC Advent Veltor")).isLessThan(0.70);
        assertThat(score("ООО Кальтор Эдванс", "Kaltor Advance LLC")).isLessThan(0.70);
        assertThat(score("ООО Эдвансд Велтор", "LLC Advanced Kaltor")).isLessThan(0.70);
    }
}
