package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passage.screening.internal.NamePairs.score;

import org.junit.jupiter.api.Test;

/** Latin letters written out by their English names in Bengali, Devanagari and Thai. */
class LetterNamesTests {

    @Test
    void aWordOfLetterNamesIsThoseLetters() {
        assertThat(LetterNames.spelled(Romanizer.fold("এম"))).isEqualTo("m");
        assertThat(LetterNames.spelled(Romanizer.fold("এ"))).isEqualTo("a");
        assertThat(LetterNames.spelled(Romanizer.fold("ทีเอบี"))).isEqualTo("tab");
        assertThat(LetterNames.spelled(Romanizer.fold("एस"))).isEqualTo("s");
    }

    @Test
    void otherWordsAreLeftAsTheyAre() {
        assertThat(LetterNames.spelled(Romanizer.fold("মালেক"))).isNull();
        assertThat(LetterNames.spelled("em")).isNull();
        assertThat(LetterNames.spelled(Romanizer.fold("কে"))).isNull(); // also "to": left out of the table
        assertThat(LetterNames.spelled("")).isNull();
    }

    @Test
    void initialsWrittenOutMeetTheInitials() {
        assertThat(score("Organization", "TAB Corporation Thailand Co. Ltd", "ทีเอบี คอร์เปอร์เรชั่น ไทยแลนด์ จำกัด")).isGreaterThanOrEqualTo(0.70);
    }
}
