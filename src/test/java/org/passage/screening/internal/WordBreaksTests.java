package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordBreaksTests {

    private static double score(String a, String b) {
        return NamePairs.score("Person", a, b);
    }

    @Test
    void aShortGivenNameIsNotSwallowedByTheSurnameBeforeIt() {
        // wang + yi sounds as wang (the phonetic form drops the final vowel): the two words stay two
        assertThat(score("Wang Yi", "王毅")).isGreaterThanOrEqualTo(0.7);
        assertThat(score("Wang Yi", "왕이")).isGreaterThanOrEqualTo(0.7);
        assertThat(score("Zhang Yi", "Zhang Yi")).isGreaterThanOrEqualTo(0.7);
        assertThat(score("Wang Yi", "Wang Yu")).isLessThan(0.7);
        assertThat(score("Wang Yi", "Wang")).isLessThan(0.7);
    }

    @Test
    void partsWrittenApartStillMeetTheWordWrittenAsOne() {
        assertThat(score("Abdul Rahman Ahmadi", "Abdulrahman Ahmadi")).isGreaterThanOrEqualTo(0.7);
        assertThat(score("Kim Jong Un", "Kim Jong-un")).isGreaterThanOrEqualTo(0.7);
        // a one-letter part is no word of its own: the Persian ezafe of Bonyad-e joins its word
        assertThat(NamePairs.score("Organization", "Bonyad Taavon Sepah", "Bonyad-e Ta’avon-Sepah")).isGreaterThanOrEqualTo(0.7);
    }
}
