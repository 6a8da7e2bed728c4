package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passage.screening.internal.NamePairs.score;

import org.junit.jupiter.api.Test;

class KoreanSpellingTests {

    @Test
    void aNorthKoreanNameMeetsItsSouthernSpelling() {
        assertThat(score("Person", "CHO CHUN RYONG", "Jo Chun Ryong")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("Person", "Pak Yong Sik", "Park Young Sik")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("Person", "KIM Song Chol", "Kim Seong Cheol")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("Person", "Choe Ryong Hae", "Choi Ryong Hae")).isGreaterThanOrEqualTo(0.70);
    }

    @Test
    void anotherSyllableIsAnotherName() {
        assertThat(score("Person", "Pak Yong Sik", "Pak Yong Su")).isLessThan(0.70);
        assertThat(score("Person", "Jo Chun Ryong", "Jo Il Chol")).isLessThan(0.70);
    }

    @Test
    void onlyKoreanShapedNamesAreReadSo() {
        NameParser parser = new NameParser();
        assertThat(KoreanSpelling.marked(parser.parse("Jo Chun Ryong"))).isTrue();
        assertThat(KoreanSpelling.marked(parser.parse("Park Young Sik"))).isTrue();
        assertThat(KoreanSpelling.marked(parser.parse("Dan Brown"))).isFalse(); // no Korean surname, and Brown is no syllable
        assertThat(KoreanSpelling.marked(parser.parse("Gordon Koang Biel"))).isFalse();
        assertThat(KoreanSpelling.marked(parser.parse("Kim"))).isFalse(); // one word: nothing to read as a Korean name
    }

    @Test
    void theKeyTakesOutWhatTheRomanisationsChange() {
        assertThat(KoreanSpelling.key("cho")).isEqualTo(KoreanSpelling.key("jo"));
        assertThat(KoreanSpelling.key("seong")).isEqualTo(KoreanSpelling.key("song"));
        assertThat(KoreanSpelling.key("cheol")).isEqualTo(KoreanSpelling.key("chol"));
        assertThat(KoreanSpelling.key("chul")).isEqualTo(KoreanSpelling.key("chol"));
        assertThat(KoreanSpelling.key("gwang")).isEqualTo(KoreanSpelling.key("kwang"));
        assertThat(KoreanSpelling.key("sang")).isNotEqualTo(KoreanSpelling.key("song"));
        assertThat(KoreanSpelling.key("son")).isNotEqualTo(KoreanSpelling.key("song"));
    }
}
