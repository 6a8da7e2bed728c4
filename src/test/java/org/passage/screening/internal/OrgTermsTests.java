package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrgTermsTests {

    private final NameParser parser = new NameParser();

    private String term(String word) {
        return parser.token(Romanizer.fold(word)).term();
    }

    @Test
    void oneDescriptiveWordInManyLanguagesIsOneTerm() {
        assertThat(term("plant")).isEqualTo("PLANT");
        assertThat(term("завод")).isEqualTo("PLANT");
        assertThat(term("Zavod")).isEqualTo("PLANT");
        assertThat(term("usine")).isEqualTo("PLANT");
        assertThat(term("کارخانه")).isEqualTo("PLANT");
        assertThat(term("банк")).isEqualTo("BANK");
        assertThat(term("بانک")).isEqualTo("BANK");
        assertThat(term("Banque")).isEqualTo("BANK");
    }

    @Test
    void aStemTakesTheCaseAndGenderEndingsOfRussianAndUkrainian() {
        assertThat(term("исследовательский")).isEqualTo("RESEARCH");
        assertThat(term("исследовательского")).isEqualTo("RESEARCH");
        assertThat(term("Научно")).isEqualTo("SCIENTIFIC");
        assertThat(term("заводом")).isEqualTo("PLANT");
        assertThat(term("механічний")).isEqualTo("MECHANICAL");
    }

    @Test
    void aStemDoesNotSwallowAnotherWord() {
        assertThat(term("Gazprom")).isEmpty();
        assertThat(term("radio")).isEmpty();
        assertThat(term("Ivanov")).isEmpty();
        assertThat(term("Silvia")).isEmpty();
    }

    @Test
    void numbersHaveNoTerm() {
        assertThat(term("2")).isEmpty();
    }

    @Test
    void aKoreanOrganisationWordIsReadInTheNorthsSpellingAndTheSouths() {
        assertThat(KoreanNames.bothOrthographies("노동")).contains("노동", "로동");
        assertThat(KoreanNames.bothOrthographies("연합")).contains("연합", "련합", "년합");
        assertThat(KoreanNames.bothOrthographies("무역")).containsExactly("무역");
        assertThat(OrgTerms.nativeTerm("로동")).isEqualTo(OrgTerms.nativeTerm("노동")).isNotEmpty();
        assertThat(OrgTerms.nativeTerm("련합")).isEqualTo(OrgTerms.nativeTerm("연합")).isNotEmpty();
    }

    @Test
    void theArmyAndTheGeneralCorporationOfAKoreanNameAreTranslated() {
        assertThat(NamePairs.score("Organization", "조선인민군", "Korean People's Army")).isGreaterThanOrEqualTo(0.7);
        assertThat(NamePairs.score("Organization", "정찰총국", "Reconnaissance General Bureau")).isGreaterThanOrEqualTo(0.7);
        assertThat(NamePairs.score("Organization", "조선대외건설총회사", "Korea General Corporation for External Construction"))
                .isGreaterThanOrEqualTo(0.7);
        assertThat(NamePairs.score("Organization", "조선인민군", "Korean People's Party")).isLessThan(0.7);
    }
}

