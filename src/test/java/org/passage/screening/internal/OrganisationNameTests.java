package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Organisation names against their translations (constructed names; none from an evaluation file): legal forms in
 * many languages, connectors, ordinals, an Arabic adjective of a place, two trades of one name, the calibration.
 */
class OrganisationNameTests {

    private static double score(String a, String b) {
        return NamePairs.score("Company", a, b);
    }

    @Test
    void aLegalFormInAnyScriptNeitherMakesNorPreventsAMatch() {
        assertThat(score("Mingyuan Trading Co., Ltd.", "明远贸易有限公司")).isGreaterThanOrEqualTo(0.85);
        assertThat(score("Tianlu Trading Co., Ltd.", "明远贸易有限公司")).isLessThan(0.70);
        assertThat(score("Alvora Holding C.A.", "Alvora Holding")).isGreaterThanOrEqualTo(0.90);
        assertThat(score("Alvora Holding SARLU", "Alvora Holding")).isGreaterThanOrEqualTo(0.90);
        assertThat(score("LLC", "ООО")).isZero();
    }

    @Test
    void connectorsAreLeftOutAsTranslationsLeaveThemOut() {
        assertThat(new NameParser().parse("Bank of Trade and Industry").size()).isEqualTo(3);
        assertThat(score("Xinjiang Production and Construction Corps", "新疆生产建设兵团")).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void anOrdinalIsItsNumberInDigitsWordsOrWithACaseEnding() {
        assertThat(score("412-й батальон связи", "412th Communications Battalion")).isGreaterThanOrEqualTo(0.85);
        assertThat(score("412-й батальон связи", "413th Communications Battalion")).isLessThan(0.70);
        assertThat(new NameParser().token("21st").text()).isEqualTo("21");
    }

    @Test
    void anArabicAdjectiveOfAPlaceMeetsThePlace() {
        assertThat(score("مؤسسة البترول الكويتية", "Kuwait Petroleum Corporation")).isGreaterThanOrEqualTo(0.75);
        assertThat(score("مؤسسة البترول الكويتية", "Qatar Petroleum Corporation")).isLessThan(0.70);
    }

    @Test
    void aPersianNameStartingWithAlifYaIsReadWithItsVowel() {
        assertThat(score("آلومینای ایران شرکت", "Iran Alumina Company")).isGreaterThanOrEqualTo(0.75);
        assertThat(AbjadReading.of("ایران").readAs("iran")).isTrue();
        assertThat(AbjadReading.of("ایران").readAs("ran")).isFalse();
    }

    @Test
    void oneNameInTwoTradesIsTwoCompanies() {
        assertThat(score("Veltora Marine LLC", "Veltora Engineering LLC")).isLessThan(0.70);
        assertThat(score("Veltora Marine LLC", "Veltora Maritime LLC")).isGreaterThanOrEqualTo(0.90);
        assertThat(score("Veltora Airways", "Veltora Airlines")).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void aCompanyWrittenInInitialsMeetsItsSpelledOutName() {
        assertThat(score("A.B.C. Ltd", "Alvora Baltic Carriers Ltd")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("Alvora Baltic Carriers Ltd", "A.B.C.")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("A.B.C. Ltd", "ABC Ltd")).isGreaterThanOrEqualTo(0.90);
        assertThat(score("A.B.C. Ltd", "A.B.D. Ltd")).isLessThan(0.70);
        assertThat(score("A.B.C. Ltd", "Alvora Northern Carriers Ltd")).isLessThan(0.70);
    }
}
