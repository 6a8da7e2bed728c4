package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An organisation's name said in another language (orgs22): the abbreviations of Saint, a negated word in an acronym
 * (NPF, НПФ), the trading house ТД, the descriptive words of Persian, Arabic, Turkish, Serbian and Belarusian company
 * names as the lists romanise them, the EU list's descriptive tail in its other languages, and "with" as a word that
 * only joins. Constructed names: Veltor, Kaltor and Fardel are invented, none comes from an evaluation file.
 */
class OrganisationsAbroadTests {

    private static double score(String a, String b) {
        return NamePairs.score("Company", a, b);
    }

    @Test
    void stIsSaint() {
        assertThat(score("Veltor St. Petersburg Design Bureau", "Veltor Saint-Petersburg Design Bureau")).isGreaterThanOrEqualTo(0.85);
        // a saint is a distinctive word: another saint's town is another company
        assertThat(score("Veltor St. Petersburg Design Bureau", "Veltor Saint Louis Design Bureau")).isLessThan(0.70);
    }

    @Test
    void aNegatedWordGivesAnAcronymOneLetter() {
        assertThat(score("NPF Veltor", "Non-State Pension Fund Veltor")).isGreaterThanOrEqualTo(0.85);
        assertThat(score("NPF Veltor Pension Fund", "Non-State Pension Fund Veltor Pension Fund")).isGreaterThanOrEqualTo(0.85);
        // the letters must still be the run's: NPF is not a non-state insurance fund
        assertThat(score("NPF Veltor", "Non-State Insurance Fund Veltor")).isLessThan(0.70);
    }

    @Test
    void tdIsATradingHouse() {
        assertThat(score("TD Veltor, OOO", "Trading Company 'Veltor' Ltd.")).isGreaterThanOrEqualTo(0.85);
        assertThat(score("ТД Велтор", "Veltor Trading")).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void companyWordsAsTheListsRomaniseThem() {
        // Persian: توسعه development, ساختمانی construction, صنعتی industrial
        assertThat(score("Sherkat Tose'e Sakhtemani Veltor", "Veltor Construction Development Company")).isGreaterThanOrEqualTo(0.85);
        assertThat(score("Veltor Sanati Group", "Veltor Industrial Group")).isGreaterThanOrEqualTo(0.85);
        // Arabic: تجارية commercial, استثمار investment
        assertThat(score("Sharikat Veltor al-Tijariya", "Veltor Commercial Company")).isGreaterThanOrEqualTo(0.85);
        assertThat(score("Veltor lil-Istithmar", "Veltor Investment")).isGreaterThanOrEqualTo(0.85);
        // Turkish and Serbian
        assertThat(score("Veltor Savunma Sanayi A.S.", "Veltor Defence Industry JSC")).isGreaterThanOrEqualTo(0.85);
        assertThat(score("Veltor Inzenjering DOO", "Veltor Engineering LLC")).isGreaterThanOrEqualTo(0.85);
        // Belarusian
        assertThat(score("Навукова-вытворчае прадпрыемства Велтор", "Scientific Production Enterprise Veltor")).isGreaterThanOrEqualTo(0.85);
        // a translated descriptive word does not join two brands
        assertThat(score("Veltor Savunma Sanayi", "Kaltor Defence Industry")).isLessThan(0.70);
    }

    @Test
    void aDescriptiveTailInAnotherLanguageIsNoDistinctiveWord() {
        assertThat(score("Veltor", "Veltor - autonome niet-commerciele organisatie voor de bevordering van internationale samenwerking"))
                .isGreaterThanOrEqualTo(0.70);
    }

    @Test
    void newsMediaAreNamedByTheirKind() {
        assertThat(score("Zhurnal Veltor", "Veltor Magazine")).isGreaterThanOrEqualTo(0.85);
        assertThat(score("Journal Veltor", "Veltor Magazine")).isGreaterThanOrEqualTo(0.85);
        assertThat(score("Газета Велтор", "Veltor Newspaper")).isGreaterThanOrEqualTo(0.85);
        assertThat(score("Veltor Novosti", "Veltor News")).isGreaterThanOrEqualTo(0.85);
        assertThat(score("Veltor Magazine", "Kaltor Magazine")).isLessThan(0.70);
    }

    @Test
    void withOnlyJoins() {
        assertThat(score("Joint Stock Company Scientific Research Institute Veltor with Plant", "AO NII Veltor s Zavodom pri NII"))
                .isGreaterThanOrEqualTo(0.80);
    }
}
