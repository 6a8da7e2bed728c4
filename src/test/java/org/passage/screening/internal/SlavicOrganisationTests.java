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

    @Test
    void aShortEnglishWordInCyrillicIsReadBackWithItsLongVowel() {
        assertThat(EnglishInCyrillic.spoken("drake")).isEqualTo("dreyk");
        assertThat(EnglishInCyrillic.spoken("mike")).isEqualTo("mayk");
        assertThat(EnglishInCyrillic.spoken("green")).isEqualTo("grin");
        assertThat(EnglishInCyrillic.spoken("dirk")).isNull();
        assertThat(score("ООО Дрейк", "LLC Drake")).isGreaterThanOrEqualTo(0.75);
        assertThat(score("ООО Грин Стоун", "Green Stone LLC")).isGreaterThanOrEqualTo(0.80);
        assertThat(score("ООО Дрейк", "LLC Dirk")).isLessThan(0.70);
    }

    @Test
    void anAcronymEndsWithTheLetterOfADroppedCompanyWord() {
        assertThat(score("Research and Production Company Veltor", "Veltor NPK OOO")).isGreaterThanOrEqualTo(0.80);
        assertThat(score("Scientific Production Company Veltor", "Veltor RPC LLC")).isGreaterThanOrEqualTo(0.80);
        assertThat(OrgAcronyms.spells("rpc", tokens("scientific production"), 0, 2)).isTrue();
        assertThat(OrgAcronyms.spells("xpc", tokens("scientific production"), 0, 2)).isFalse();
        assertThat(OrgAcronyms.spells("rpx", tokens("scientific production"), 0, 2)).isFalse();
    }

    @Test
    void aUkrainianNameInTheNationalRomanisationMeetsItsRussianForm() {
        assertThat(Romanizer.ukrainianNational("олексій")).isEqualTo("oleksii");
        assertThat(Romanizer.ukrainianNational("згурський")).isEqualTo("zghurskyi");
        assertThat(Romanizer.ukrainianNational("юрій")).isEqualTo("yurii");
        assertThat(NamePairs.score("Person", "Oleksii Petrenko", "Alexei Petrenko")).isGreaterThanOrEqualTo(0.80);
        assertThat(NamePairs.score("Person", "Serhii Petrenko", "Сергей Петренко")).isGreaterThanOrEqualTo(0.80);
        assertThat(NamePairs.score("Person", "Oleksii Petrenko", "Mykola Petrenko")).isLessThan(0.70);
    }

    private static NameToken[] tokens(String words) {
        return java.util.Arrays.stream(words.split(" ")).map(w -> new NameParser().token(w)).toArray(NameToken[]::new);
    }
}
