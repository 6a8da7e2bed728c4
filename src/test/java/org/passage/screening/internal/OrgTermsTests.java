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
}
