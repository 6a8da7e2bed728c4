package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Russian, Ukrainian and Belarusian organisation names in Latin transliteration against their English translation
 * (constructed names; none from an evaluation file): the case endings of every romanisation, compound words of the
 * Soviet naming habit, ordinals written out, the two translations lists give научно — and two companies that share
 * only descriptive words stay apart.
 */
class SlavicOrganisationTests {

    private static double score(String a, String b) {
        return NamePairs.score("Company", a, b);
    }

    @Test
    void aStemIsReadWithTheEndingOfEveryRomanisation() {
        // производственное: BGN/PCGN proizvodstvennoye, GOST and ICAO proizvodstvennoe, scholarly proizvodstvennoje
        assertThat(OrgTerms.term("proizvodstvennoye")).isEqualTo("PRODUCTION");
        assertThat(OrgTerms.term("proizvodstvennoe")).isEqualTo("PRODUCTION");
        assertThat(OrgTerms.term("proizvodstvennoje")).isEqualTo("PRODUCTION");
        assertThat(OrgTerms.term("proizvodstvennogo")).isEqualTo("PRODUCTION");
        assertThat(OrgTerms.term("obyedineniya")).isEqualTo("ASSOCIATION");
        assertThat(OrgTerms.term("zavodami")).isEqualTo("PLANT");
        assertThat(OrgTerms.ending("oe")).isTrue();
        assertThat(OrgTerms.ending("ykh")).isTrue();
        assertThat(OrgTerms.ending("xyz")).isFalse();
        assertThat(score("Nauchno Proizvodstvennoe Obyedinenie Veltor", "Research and Production Association Veltor"))
                .isGreaterThanOrEqualTo(0.80);
    }

    @Test
    void scientificAndResearchAreKindredTranslationsOfOneWord() {
        assertThat(OrgTerms.kindred("SCIENTIFIC", "RESEARCH")).isTrue();
        assertThat(OrgTerms.kindred("RESEARCH", "SCIENTIFIC")).isTrue();
        assertThat(OrgTerms.kindred("PLANT", "BANK")).isFalse();
        assertThat(OrgTerms.kindred("", "")).isFalse();
        assertThat(score("Scientific and Production Enterprise Veltor", "Research and Production Enterprise Veltor")).isGreaterThanOrEqualTo(0.80);
    }

    @Test
    void aCompoundIsCutIntoItsStems() {
        assertThat(SlavicCompounds.cut("metzavod")).containsExactly("METAL", "PLANT");
        assertThat(SlavicCompounds.cut("mashinostroitelnyyzavod")).containsExactly("MACHINERY", "CONSTRUCTION", "PLANT");
        assertThat(SlavicCompounds.cut("neftegazovaya")).containsExactly("OIL", "GAS");
        assertThat(SlavicCompounds.cut("sudoremontnyy")).containsExactly("SHIP", "REPAIR");
        assertThat(SlavicCompounds.cut("radiozavod")).containsExactly("=radio", "PLANT");
        // a proper name that begins like a stem is no compound
        assertThat(SlavicCompounds.cut("prometey")).isEmpty();
        assertThat(SlavicCompounds.cut("gazmanov")).isEmpty();
        assertThat(SlavicCompounds.cut("metropolitan")).isEmpty();
        assertThat(SlavicCompounds.cut("met")).isEmpty();
    }

    @Test
    void aCompoundMeetsTheWordsThatSayItsParts() {
        assertThat(score("OOO Veltorskiy Metzavod", "Veltorskiy Metallurgical Plant LLC")).isGreaterThanOrEqualTo(0.80);
        assertThat(score("OAO Veltorskiy Mashinostroitelnyyzavod", "Veltorskiy Machine-Building Plant OJSC")).isGreaterThanOrEqualTo(0.80);
        assertThat(score("ООО «Велтор Судоремонт»", "Veltor Ship Repair LLC")).isGreaterThanOrEqualTo(0.80);
        assertThat(score("ПАО «Велторский Радиозавод»", "Veltorsk Radio Plant PJSC")).isGreaterThanOrEqualTo(0.75);
    }

    @Test
    void aCompoundIsNeverAllTheEvidenceNorAnAnswerToAnotherName() {
        assertThat(score("Neftegazprom", "Oil Gas Industry")).isLessThan(0.70);
        assertThat(score("OOO Veltorskiy Metzavod", "Belomorskiy Metallurgical Plant LLC")).isLessThan(0.70);
        assertThat(score("OOO Veltorskiy Metzavod", "Veltorskiy Chemical Plant LLC")).isLessThan(0.70);
        // the parts in another order, or one missing, are not the compound
        assertThat(score("OOO Veltor Neftegaz", "Veltor Gas Oil LLC")).isLessThan(score("OOO Veltor Neftegaz", "Veltor Oil Gas LLC"));
    }

    @Test
    void anOrdinalIsReadInAnyCaseAndRomanisation() {
        assertThat(NumberWords.number("pyatyi")).isEqualTo("5");
        assertThat(NumberWords.number("pyatogo")).isEqualTo("5");
        assertThat(NumberWords.number("vtoroi")).isEqualTo("2");
        assertThat(NumberWords.number("пятого")).isEqualTo("5");
        assertThat(score("Pyatyi Veltor OOO", "Fifth Veltor LLC")).isGreaterThanOrEqualTo(0.80);
        assertThat(score("Vtoroi Veltor OOO", "Fifth Veltor LLC")).isLessThan(0.70);
    }

    @Test
    void companiesThatShareOnlyDescriptiveWordsStayApart() {
        assertThat(score("Ural Heavy Equipment", "Ural Machine Plant")).isLessThan(0.70);
        assertThat(score("Uralskaya Bolshegruznaya Tekhnika", "Uralskiy Mashinostroitelnyy Zavod")).isLessThan(0.70);
        assertThat(score("Nauchno Proizvodstvennoe Obyedinenie Veltor", "Research and Production Association Kaltor")).isLessThan(0.70);
        assertThat(score("Metzavod", "Metallurgical Plant")).isLessThan(0.70);
    }
}
