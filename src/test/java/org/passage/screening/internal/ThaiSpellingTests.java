package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThaiSpellingTests {

    @Test
    void aLetterUnderTheCancellationMarkIsSilent() {
        assertThat(ThaiSpelling.withoutSilentLetters("ประยุทธ์")).isEqualTo("ประยุท");
        assertThat(ThaiSpelling.withoutSilentLetters("จันทร์")).isEqualTo("จันท");
        assertThat(ThaiSpelling.withoutSilentLetters("วงษ์")).isEqualTo("วง");
        assertThat(ThaiSpelling.withoutSilentLetters("สมชาย")).isEqualTo("สมชาย");
        assertThat(ThaiSpelling.withoutSilentLetters("์")).isEmpty();
    }

    @Test
    void aThaiNameIsRomanisedAsItIsSaid() {
        assertThat(Romanizer.romanize("ประยุทธ์")).contains("prayuth");
        assertThat(Romanizer.romanize("ประวิตร")).contains("prawit");
        assertThat(Romanizer.romanize("ทักษิณ").getFirst()).startsWith("th");
    }
}
