package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KoreanHanjaTests {

    @ParameterizedTest
    @CsvSource({"金正恩, 김정은", "正恩, 정은", "鐵三, 철삼", "铁三, 철삼", "永哲, 영철"})
    void hanjaReadAsKorean(String hanja, String hangul) {
        assertThat(KoreanHanja.readings(hanja)).contains(hangul);
    }

    @Test
    void aWordTooLongOrNotHanHasNoReading() {
        assertThat(KoreanHanja.readings("金正恩金正恩")).isEmpty();
        assertThat(KoreanHanja.readings("kim")).isEmpty();
        assertThat(KoreanHanja.readings("김정은")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"金正恩, 김정은", "金铁三, 김철삼", "'朴 槿惠', '박 근혜'", "郑永哲, 정영철"})
    void aNameThatCouldBeKoreanIsReadInHangul(String hanja, String hangul) {
        assertThat(KoreanHanja.hangulName(hanja)).isEqualTo(hangul);
    }

    @ParameterizedTest
    @CsvSource({"习近平", "金", "高山清司太郎", "金 Jong", "欧阳修文"})
    void otherNamesAreNot(String name) {
        assertThat(KoreanHanja.hangulName(name)).isNull();
    }

    @Test
    void aKoreanNameInHanjaMeetsItsLatinSpellingButAChineseNameStaysApart() {
        assertThat(NamePairs.score("Person", "金正恩", "Kim Jong Un")).isGreaterThanOrEqualTo(0.7);
        assertThat(NamePairs.score("Person", "金铁三", "KIM CHOL SAM")).isGreaterThanOrEqualTo(0.7);
        assertThat(NamePairs.score("Person", "成 晶 张", "SONG, Jing")).isLessThan(0.7);
        assertThat(NamePairs.score("Person", "金正恩", "Kim Jong Il")).isLessThan(0.7);
    }
}
