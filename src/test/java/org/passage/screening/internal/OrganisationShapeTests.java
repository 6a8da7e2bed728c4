package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * One organisation's name in another shape (constructed names; none from an evaluation file): an acronym whose
 * letters follow the Russian order of the words, letters said aloud by their Russian names, the Arabic article said
 * as the next word begins, a name of descriptive words translated whole, words the lexicon gives as one thing, and
 * Hungarian legal forms written out.
 */
class OrganisationShapeTests {

    private static double score(String a, String b) {
        return NamePairs.score("Company", a, b);
    }

    private static final NameParser PARSER = new NameParser();

    @Test
    void anAcronymMayGiveTheLettersOfItsWordsInAnotherOrder() {
        assertThat(score("Mnogoprofilnaya Proizvodstvennaya Kommercheskaya Firma Veltora", "MPFK Veltora")).isGreaterThanOrEqualTo(0.85);
        // every letter must be given by a word, and three letters in any order say too little
        assertThat(score("Mnogoprofilnaya Proizvodstvennaya Kommercheskaya Firma Veltora", "MPFS Veltora")).isLessThan(0.70);
        assertThat(score("Nauchnaya Proizvodstvennaya Firma Veltora", "PNF Veltora")).isLessThan(0.70);
    }

    @Test
    void lettersSaidAloudByTheirRussianNamesAreTheAcronym() {
        assertThat(OrgAcronyms.saysLetters("esefdzhi", "sfg")).isTrue();
        assertThat(OrgAcronyms.saysLetters("eybisi", "abc")).isTrue();
        assertThat(OrgAcronyms.saysLetters("esef", "sfg")).isFalse();
        assertThat(OrgAcronyms.saysLetters("esefdzhi", "sfd")).isFalse();
        assertThat(score("OOO Esefdzhi Terma", "SFG Terma LLC")).isGreaterThanOrEqualTo(0.85);
        assertThat(score("ООО «ЭсЭфДжи Терма»", "SFG Terma LLC")).isGreaterThanOrEqualTo(0.85);
        assertThat(score("OOO Esefdzhi Terma", "SFD Terma LLC")).isLessThan(0.70);
    }

    @Test
    void theArabicArticleSaidAsTheNextWordBeginsIsAParticle() {
        assertThat(ParsedName.assimilatedArticle(PARSER.token("ed"), PARSER.token("daawa"))).isTrue();
        assertThat(ParsedName.assimilatedArticle(PARSER.token("esh"), PARSER.token("shabab"))).isTrue();
        assertThat(ParsedName.assimilatedArticle(PARSER.token("an"), PARSER.token("mina"))).isFalse();
        assertThat(ParsedName.assimilatedArticle(PARSER.token("es"), PARSER.token("tasnim"))).isFalse();
        assertThat(score("Dharar Houmat Daawa Salafia", "Houmat ed-Daawa es-Salafia")).isGreaterThanOrEqualTo(0.80);
        assertThat(score("Dharar Houmat Daawa Salafia", "Houmat ad-Daawa as-Salafiya")).isGreaterThanOrEqualTo(0.80);
    }

    @Test
    void aNameOfDescriptiveWordsTranslatedWholeIsTheSameName() {
        assertThat(score("Harakat al-Islamiyya", "Islamic Movement")).isGreaterThanOrEqualTo(0.80);
        assertThat(score("Harakat al-Islamiyya", "Islamic Front")).isLessThan(0.70);
    }

    @Test
    void wordsTheLexiconGivesAsOneThingAgree() {
        assertThat(score("Veltora Money Exchange and Remittances", "Veltora Money Exchange and Transfers")).isGreaterThanOrEqualTo(0.90);
        assertThat(score("FC Veltora Kazan", "RFK Veltora Kazan")).isGreaterThanOrEqualTo(0.90);
        assertThat(score("Veltora Construction Bureau", "Veltora Design Bureau")).isGreaterThanOrEqualTo(0.90);
        assertThat(score("Veltora Electro Items", "Veltora Electrical Products")).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void aChineseBrandInPinyinSaysTheForeignWordItTranscribes() {
        assertThat(score("Xiamen Kaluobo Trading Co Ltd", "Xiamen Caribou Trading Co Ltd")).isGreaterThanOrEqualTo(0.85);
        assertThat(score("Xiamen Kaluobo Trading Co Ltd", "Xiamen Denver Trading Co Ltd")).isLessThan(0.70);
        // two words of Pinyin are two Chinese names, read syllable by syllable, not by sound
        assertThat(score("Ningbo Dalisi Trading Co Ltd", "Ningbo Dalian Trading Co Ltd")).isLessThan(0.70);
        assertThat(HanBrands.pinyinCuts("kaluobo")).isNotEmpty();
        assertThat(HanBrands.pinyinCuts("caribou")).isEmpty();
    }

    @Test
    void hungarianLegalFormsWrittenOutAreLegalForms() {
        assertThat(score("Veltora Kereskedelmi Korlátolt Felelősségű Társaság felszámolás alatt", "Veltora Kereskedelmi Kft."))
                .isGreaterThanOrEqualTo(0.90);
        assertThat(score("Veltora Kereskedelmi Zártkörűen Működő Részvénytársaság", "Veltora Kereskedelmi Zrt.")).isGreaterThanOrEqualTo(0.90);
        // a joint-stock company and a limited one are two legal forms
        assertThat(score("Veltora Kereskedelmi Zártkörűen Működő Részvénytársaság", "Veltora Kereskedelmi Kft.")).isLessThan(0.70);
    }
}
