package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * One organisation's name in two languages or shapes (constructed names; none from an evaluation file): acronyms of
 * the original-language words, an acronym beside its own words, a legal form written joined to a word, the English
 * words of Russian state legal forms, spelled-out legal forms of other languages, a place and its people or land,
 * translated descriptive words, a branch named after its organisation.
 */
class OrganisationTranslationTests {

    private static double score(String a, String b) {
        return NamePairs.score("Company", a, b);
    }

    @Test
    void aRussianAcronymMeetsTheTranslationOfItsWords() {
        assertThat(score("AO NPO Veltor", "Joint Stock Company Scientific Production Association Veltor")).isGreaterThanOrEqualTo(0.80);
        assertThat(score("33rd TsNII Veltor", "33rd Central Scientific Research Institute Veltor")).isGreaterThanOrEqualTo(0.80);
        assertThat(score("AO KBE Veltor", "Aktsionernoe Obshchestvo Construction Bureau Electrical Veltor")).isGreaterThanOrEqualTo(0.75);
        assertThat(score("АО «ФОЗ»", "Joint Stock Company Feodosia Optical Plant")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("SOTs Veltor", "Sportivno-Ozdorovitelnyi Tsentr Veltor")).isGreaterThanOrEqualTo(0.80);
        assertThat(score("NPK Veltor LLC", "Scientific Production Company Veltor")).isGreaterThanOrEqualTo(0.80);
        assertThat(score("ETs Veltor OOO", "Energotsentr Veltor")).isGreaterThanOrEqualTo(0.80);
        assertThat(score("EK Veltor OOO", "Energotsentr Veltor")).isLessThan(0.70);
    }

    @Test
    void anAcronymMatchesOnlyAWholeRunInOrderAndNeverAloneAgainstAnotherName() {
        assertThat(score("AO NPO Veltor", "Joint Stock Company Scientific Production Association Kaltor")).isLessThan(0.70);
        assertThat(score("AO PNO Veltor", "Joint Stock Company Scientific Production Association Veltor"))
                .isLessThan(score("AO NPO Veltor", "Joint Stock Company Scientific Production Association Veltor"));
        assertThat(score("NPO", "Scientific Production Association Veltor")).isLessThan(0.70);
        assertThat(score("ABC Trading", "Delta Echo Foxtrot Trading")).isLessThan(0.70);
        assertThat(OrgAcronyms.spells("npo", tokens("nauchno proizvodstvennoe obyedinenie"), 0, 3)).isTrue();
        assertThat(OrgAcronyms.spells("npo", tokens("scientific production association"), 0, 3)).isTrue();
        assertThat(OrgAcronyms.spells("npo", tokens("scientific production"), 0, 2)).isFalse();
        assertThat(OrgAcronyms.spells("n", tokens("scientific production"), 0, 2)).isFalse();
        assertThat(OrgAcronyms.spells("ts", tokens("tsentr"), 0, 1)).isFalse();
    }

    @Test
    void anAcronymBesideItsOwnWordsIsTheNameSaidTwice() {
        ParsedName name = new NameParser().parse("Акционерное Общество «Научно-Технический Центр «Велтор» АО НТЦ «Велтор»");
        assertThat(name).isNotNull();
        assertThat(name.size()).isEqualTo(4);
        assertThat(score("Акционерное Общество «Научно-Технический Центр «Велтор» АО НТЦ «Велтор»", "Scientific Technical Centre Veltor"))
                .isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void aLegalFormWrittenAgainstAWordIsALegalForm() {
        assertThat(score("Veltora Trade LLC", "LLCVELTORA TRADE")).isGreaterThanOrEqualTo(0.85);
        assertThat(score("Veltora Trade LLC", "VELTORALTD TRADE")).isGreaterThanOrEqualTo(0.85);
        assertThat(NameParser.joinedLegalForm("llcveltora")).isEqualTo(3);
        assertThat(NameParser.joinedLegalForm("veltorallc")).isEqualTo(-3);
        assertThat(NameParser.joinedLegalForm("llcabc")).isZero();
        assertThat(NameParser.joinedLegalForm("aoveltora")).isZero();
    }

    @Test
    void theEnglishWordsOfARussianStateLegalFormAreALegalForm() {
        assertThat(score("Federal State Unitary Enterprise Veltor Plant", "Федеральное Государственное Унитарное Предприятие «Завод Велтор»"))
                .isGreaterThanOrEqualTo(0.85);
        assertThat(score("Federal State Budgetary Institution Veltor Research Centre", "Veltor Research Centre")).isGreaterThanOrEqualTo(0.85);
        assertThat(new NameParser().parse("State Bank Veltor").size()).isEqualTo(3);
        assertThat(new NameParser().parse("Federal Security Service").size()).isEqualTo(3);
    }

    @Test
    void aLegalFormSpelledOutInAnyLanguageIsItsAbbreviation() {
        assertThat(score("DOO Veltor 028", "Drustvo sa ogranicenom odgovornoscu Veltor 028")).isGreaterThanOrEqualTo(0.90);
        assertThat(score("Veltor IOOO", "Veltor LLC")).isGreaterThanOrEqualTo(0.90);
        assertThat(score("Veltor IOOO", "Veltor JSC")).isLessThan(0.70);
        assertThat(score("Veltor Limited Liability Partnership", "Veltor LLP")).isGreaterThanOrEqualTo(0.90);
        assertThat(score("Veltor Limited Liability Partnership", "TOO Veltor")).isGreaterThanOrEqualTo(0.90);
        assertThat(score("Aktcionernoe Obshestvo Veltor", "Veltor JSC")).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void aPlaceMeetsItsPeopleItsLandAndItsAdjective() {
        assertThat(TokenMatch.placeAdjective("veltoristan", "veltor")).isTrue();
        assertThat(TokenMatch.placeAdjective("veltorian", "veltor")).isTrue();
        assertThat(TokenMatch.placeAdjective("coastal", "coast")).isTrue();
        assertThat(TokenMatch.placeAdjective("koltean", "koltea")).isTrue();
        assertThat(TokenMatch.placeAdjective("koltese", "kolta")).isTrue();
        assertThat(TokenMatch.placeAdjective("kolten", "kolte")).isFalse();
        assertThat(TokenMatch.placeAdjective("veltorist", "veltor")).isFalse();
        assertThat(score("Veltoristan Liberation Front", "Veltor Liberation Front")).isGreaterThanOrEqualTo(0.75);
        assertThat(score("Coastal Veltor Refinery", "Coast Veltor Refinery")).isGreaterThanOrEqualTo(0.80);
    }

    @Test
    void transliteratedDescriptiveWordsAreTranslated() {
        assertThat(score("Veltor Congress and Exhibition Center", "Kongressno Vystavochnyy Tsentr Veltor")).isGreaterThanOrEqualTo(0.80);
        assertThat(score("Sherkat-e Bazargani Veltor", "Veltor Trading Company")).isGreaterThanOrEqualTo(0.80);
        assertThat(score("Veltor Powder Plant", "Veltorskiy Porokhovoy Zavod")).isGreaterThanOrEqualTo(0.80);
        assertThat(score("Veltor Powder Plant", "Veltorskii Porokhovoi Zavod")).isGreaterThanOrEqualTo(0.80);
        assertThat(score("Fifth Element Veltor", "Pyatyy Element Veltor")).isGreaterThanOrEqualTo(0.85);
        assertThat(score("Fifth Element Veltor", "Shestoy Element Veltor")).isLessThan(0.70);
    }

    @Test
    void aBranchNamedAfterItsOrganisationIsThatOrganisation() {
        assertThat(score("Veltor Relief Foundation : Kenya Branch", "Veltor Relief Foundation")).isGreaterThanOrEqualTo(0.80);
        assertThat(score("Representative Office of Veltor Bank in Paris", "Veltor Bank")).isGreaterThanOrEqualTo(0.80);
        assertThat(score("Veltor Relief Foundation : Kenya Branch", "Veltor Relief Foundation : Tanzania Branch")).isLessThan(0.70);
        assertThat(score("Veltor Relief Foundation : Kenya Branch", "Kaltor Relief Foundation")).isLessThan(0.70);
    }

    private static NameToken[] tokens(String words) {
        NameParser parser = new NameParser();
        return java.util.Arrays.stream(words.split(" ")).map(parser::token).toArray(NameToken[]::new);
    }
}
