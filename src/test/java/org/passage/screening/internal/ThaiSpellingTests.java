package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    @ParameterizedTest
    @CsvSource({"อภิสิทธิ์, abhisit", "จันทร์โอชา, chanocha", "จันทร์, chan", "ชินวัตร, shinawatra", "ชินวัตร, chinawat",
            "ยิ่งลักษณ์, yingluck", "เศรษฐา, srettha", "สมชาย, somchai", "อนุทิน, anutin", "เวชชาชีวะ, vejjajiva",
            "แพทองธาร, paetongtarn", "ประยุทธ์, prayut", "ประวิตร, prawit", "วงษ์สุวรรณ, wongsuwan"})
    void aThaiNameReadsAsThaiPeopleSpellIt(String thai, String latin) {
        SoundReading reading = SoundReading.of(thai);
        assertThat(reading).isNotNull();
        assertThat(reading.readAs(latin)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"ทักษิณ, somchai", "ชินวัตร, wongsawat", "สมชาย, somsak", "อนุทิน, anucha"})
    void anotherThaiNameDoesNot(String thai, String latin) {
        assertThat(SoundReading.of(thai).readAs(latin)).isFalse();
    }
}
