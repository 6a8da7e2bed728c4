package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenMatchTests {

    private final NameParser parser = new NameParser();

    private NameToken token(String word) {
        return parser.token(Romanizer.fold(word));
    }

    @Test
    void aDescriptiveWordMeetsItsTranslation() {
        assertThat(TokenMatch.compare(token("завода"), token("plant")).kind()).isEqualTo(TokenMatch.TRANSLATED);
        assertThat(TokenMatch.compare(token("صنایع"), token("industries")).kind()).isEqualTo(TokenMatch.TRANSLATED);
        assertThat(TokenMatch.compare(token("bank"), token("plant")).kind()).isEqualTo(TokenMatch.NONE);
    }

    @Test
    void aRussianAdjectiveMeetsItsPlace() {
        assertThat(TokenMatch.placeAdjective("muromskiy", "murom")).isTrue();
        assertThat(TokenMatch.placeAdjective("tulskiy", "tula")).isTrue();
        assertThat(TokenMatch.placeAdjective("novosibirskiy", "novosibirsk")).isTrue();
        assertThat(TokenMatch.placeAdjective("kazanskoye", "kazan")).isTrue();
        assertThat(TokenMatch.placeAdjective("muromskiy", "moscow")).isFalse();
        assertThat(TokenMatch.placeAdjective("orskiy", "or")).isFalse();
    }

    @Test
    void longWordsOfOneRootAreCognates() {
        assertThat(TokenMatch.cognates(token("электромеханический"), token("electromechanical"))).isTrue();
        assertThat(TokenMatch.cognates(token("композиционных"), token("composite"))).isTrue();
        assertThat(TokenMatch.cognates(token("Hydraulic"), token("Hydrogen"))).isFalse();
        assertThat(TokenMatch.cognates(token("Kazan"), token("Kazanka"))).isFalse();
    }

    @Test
    void theEditBudgetCountsVowelsAndConfusableLettersAsHalfAnEdit() {
        assertThat(TokenMatch.confusable("mohsen", "muhsin")).isGreaterThan(0.8);
        assertThat(TokenMatch.confusable("karubis", "kalubus")).isGreaterThan(0.8);
        assertThat(TokenMatch.confusable("soleimani", "sulaymani")).isGreaterThan(0.7);
        assertThat(TokenMatch.confusable("hassan", "hussein")).isZero();
        assertThat(TokenMatch.confusable("lisa", "luis")).isZero();
        assertThat(TokenMatch.confusable("martin", "morgan")).isZero();
    }

    @Test
    void theEditBudgetGrowsWithTheLength() {
        assertThat(TokenMatch.fuzzy("petrov", "petrof")).isGreaterThan(0);
        assertThat(TokenMatch.fuzzy("ivan", "iran")).isGreaterThan(0);
        assertThat(TokenMatch.fuzzy("li", "lu")).isZero();
        assertThat(TokenMatch.fuzzy("konstantinopolsky", "konstantinopolskaa")).isGreaterThan(0);
        assertThat(TokenMatch.fuzzy("petrov", "pitrof")).isZero();
    }

    @Test
    void aSpellingTooFarForATypoOrARomanisationIsAnotherName() {
        assertThat(TokenMatch.anotherName(token("Merkur"), token("Merkel"))).isTrue();
        assertThat(TokenMatch.anotherName(token("Hofman"), token("Hoffmann"))).isFalse(); // doubled letters only
        assertThat(TokenMatch.anotherName(token("Brandt"), token("Brand"))).isFalse(); // one edit: a typo
        assertThat(TokenMatch.anotherName(token("Nuri"), token("Noori"))).isFalse(); // vowels: another romanisation
        assertThat(TokenMatch.anotherName(token("Мёрфи"), token("Murphy"))).isFalse(); // read from Cyrillic: its own test
        assertThat(TokenMatch.anotherName(token("Araghi"), token("Araqi"))).isFalse(); // gh and q write one sound
        assertThat(TokenMatch.anotherName(token("Volfovich"), token("Volfovits"))).isFalse();
        assertThat(TokenMatch.anotherName(token("Moser"), token("Mohler"))).isTrue();
    }

    @Test
    void aBalticEndingIsAnotherFormOfTheSameName() {
        assertThat(TokenMatch.compare(token("Ivanovs"), token("Ivanov")).kind()).isEqualTo(TokenMatch.INFLECTED);
        assertThat(TokenMatch.compare(token("Medvedevas"), token("Medvedev")).kind()).isEqualTo(TokenMatch.INFLECTED);
        assertThat(TokenMatch.compare(token("Andrejus"), token("Andrey")).kind()).isEqualTo(TokenMatch.INFLECTED); // stem romanised another way
        assertThat(TokenMatch.balticForm(token("Ivanovs"), token("Ivanovs"))).isFalse();
        assertThat(TokenMatch.balticForm(token("Ras"), token("R"))).isFalse(); // a stem of three letters at least
        assertThat(TokenMatch.compare(token("Ivanovas"), token("Petrov")).kind()).isEqualTo(TokenMatch.NONE);
    }

    @Test
    void aNicknameOrAFrontCutOfAKnownGivenNameIsAVariant() {
        assertThat(TokenMatch.compare(token("Bill"), token("William")).kind()).isEqualTo(TokenMatch.GIVEN_NAME_VARIANT);
        assertThat(TokenMatch.compare(token("Billy"), token("Will")).kind()).isEqualTo(TokenMatch.GIVEN_NAME_VARIANT); // two nicknames of one name
        assertThat(TokenMatch.compare(token("Chris"), token("Christopher")).kind()).isEqualTo(TokenMatch.GIVEN_NAME_VARIANT);
        assertThat(TokenMatch.compare(token("Paco"), token("Francisco")).kind()).isEqualTo(TokenMatch.GIVEN_NAME_VARIANT);
        assertThat(TokenMatch.nickname(token("Petr"), token("Petrov"))).isFalse(); // Petrov is no given name of the table
        assertThat(TokenMatch.nickname(token("Ro"), token("Robert"))).isFalse(); // two letters are no short form
        assertThat(TokenMatch.nickname(token("Bill"), token("Robert"))).isFalse();
    }

    @Test
    void twoRomanisationsOfOneNameMeetAndTwoNamesDoNot() {
        assertThat(TokenMatch.romanisation("husayn", "hussein")).isGreaterThan(0.8);
        assertThat(TokenMatch.romanisation("qadhafi", "ghathafi")).isGreaterThan(0.8);
        assertThat(TokenMatch.romanisation("hassan", "hussein")).isZero(); // three half edits in seven letters
        assertThat(TokenMatch.romanisation("merkur", "merkel")).isZero();
        assertThat(TokenMatch.romanisation("ali", "eli")).isZero(); // too short to tell
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"olivier, оливье", "yves, ив", "vazquez, васкес", "blaise, блез", "tagouh, тагу", "gonord, гонор"})
    void aCyrillicWordWritesHowALatinNameIsSaid(String latin, String cyrillic) {
        assertThat(TokenMatch.compare(token(latin), token(cyrillic)).similarity()).isGreaterThanOrEqualTo(TokenMatch.SAID_IN_CYRILLIC);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"oliver, оливье", "yvonne, ив", "vasquez, вазов"})
    void anotherNameSaidInCyrillicDoesNot(String latin, String cyrillic) {
        assertThat(TokenMatch.compare(token(latin), token(cyrillic)).similarity()).isLessThan(TokenMatch.SAID_IN_CYRILLIC);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"mykhailo, ミハイル", "dmytro, 德米特里"})
    void aGivenNameMeetsTheTranscriptionOfItsRussianForm(String latin, String syllables) {
        assertThat(TokenMatch.compare(token(latin), token(syllables)).kind()).isEqualTo(TokenMatch.GIVEN_NAME_VARIANT);
    }

    @Test
    void anAbjadWordMeetsItsLatinSpellingWithATitleOrAJointThatOneSideLeavesOut() {
        assertThat(TokenMatch.compare(token("سیدرضا"), token("reza")).kind()).isEqualTo(TokenMatch.CONSONANTS);
        assertThat(TokenMatch.compare(token("عبدفتاح"), token("abdulfattah")).kind()).isEqualTo(TokenMatch.CONSONANTS);
        assertThat(TokenMatch.compare(token("سیدرضا"), token("said")).kind()).isEqualTo(TokenMatch.NONE);
        // Abdo, the short form of any Abd compound
        assertThat(TokenMatch.compare(token("عبدالرحيم"), token("abdo")).kind()).isEqualTo(TokenMatch.GIVEN_NAME_VARIANT);
        assertThat(TokenMatch.compare(token("عبدالرحيم"), token("abid")).kind()).isEqualTo(TokenMatch.NONE);
    }
}
