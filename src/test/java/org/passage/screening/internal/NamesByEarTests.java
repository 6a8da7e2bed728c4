package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passage.screening.internal.NamePairs.score;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Foreign names written by ear in Han characters and kana, and Japanese names in kana, against their Latin forms. */
class NamesByEarTests {

    @ParameterizedTest
    @CsvSource({"派翠克, patrick", "贝拉克, barack", "崔斯坦, tristan"})
    void englishTrAndTheSchwaAreReadAsChineseHearsThem(String han, String latin) {
        assertThat(SoundReading.of(han).readAs(latin)).as("%s as %s", han, latin).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"派翠克, pavlik", "贝拉克, boris", "贝拉克, bullock"})
    void anotherNameIsNotRead(String han, String latin) {
        assertThat(SoundReading.of(han).readAs(latin)).as("%s as %s", han, latin).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"阿赫洛贝斯金, okhlobystin", "オクロロビンスティン, okhlobystin"})
    void aLongNameWithOneSoundHeardOtherwiseIsReadNearly(String syllables, String latin) {
        SoundReading reading = SoundReading.of(syllables);
        assertThat(reading.readAs(latin)).isFalse();
        assertThat(reading.readNearly(latin)).as("%s near %s", syllables, latin).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
            "阿赫洛贝斯金, aleksandrovich", // another name
            "赫列宁, khrenin", "赫列宁, kholenin", // four consonant classes or fewer: one apart is another name
            "阿赫洛贝斯金, mobyskin", // the first consonant differs
            "王建平国, wangjianpinguo", // a Chinese name, not a transcription: read only by its Pinyin
            "オオノタロウ, onotarou"}) // a Japanese name in kana, not written by ear
    void aNearReadingNeedsALongTranscriptionAndItsFirstSound(String syllables, String latin) {
        assertThat(SoundReading.of(syllables).readNearly(latin)).as("%s near %s", syllables, latin).isFalse();
    }

    @Test
    void bothPartsOfAForeignNameWrittenByEarAgree() {
        assertThat(score("Person", "Patrick Murphy", "派翠克·墨菲")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("Person", "Barack Obama", "贝拉克·奥巴马")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("Person", "Ivan OKHLOBYSTIN", "伊万·阿赫洛贝斯金")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("Person", "Ivan OKHLOBYSTIN", "イワン・オクロロビンスティン")).isGreaterThanOrEqualTo(0.70);
    }

    @Test
    void anotherPersonWithTheSameGivenNameDoesNot() {
        assertThat(score("Person", "Patrick Morrison", "派翠克·墨菲")).isLessThan(0.70);
        assertThat(score("Person", "Ivan Oblomov", "伊万·阿赫洛贝斯金")).isLessThan(0.70);
    }

    @Test
    void aJapaneseNameInKanaCountsItsLongVowelsAsEvidence() {
        assertThat(score("Person", "Ono Taro", "オオノ タロウ")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("Person", "Ito Jun", "イトウ ジュン")).isLessThan(0.70); // still a short name
    }
}
