package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KoreanNamesTests {

    @ParameterizedTest
    @CsvSource({"영철, youngchul", "영철, yongchol", "영철, yeongcheol", "정은, jongun", "정은, jeongeun", "기문, kimoon", "기문, gimun",
            "의용, euiyong", "명박, myungbak", "명박, myeongbak", "근혜, geunhye", "근혜, kunhye", "용범, yongpom", "경택, kyongthaek",
            "혁, hyuk", "혁, hyeok", "상국, sangkuk", "수녀, sunyo", "룡해, ryonghae"})
    void aKoreanNameReadsAsItsRevisedMcCuneReischauerAndPassportSpellings(String hangul, String latin) {
        assertThat(KoreanNames.readAs(hangul, latin)).as("%s as %s", hangul, latin).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"영철, youngchan", "영철, yongsu", "정은, jongil", "기문, kiman", "명박, myungbok", "근혜, kunho", "영철, youngchull",
            "영철, young", "영철, youngcheolho", "abc, abc"})
    void anotherNameOrAPartOfItDoesNot(String hangul, String latin) {
        assertThat(KoreanNames.readAs(hangul, latin)).as("%s as %s", hangul, latin).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"리, yi", "리, rhee", "류, yoo", "량, yang", "로, noh", "이, ri", "유, ryu", "양, ryang", "임, rim"})
    void aSurnameIsSpelledOnBothSidesOfTheInitialSoundLaw(String hangul, String latin) {
        assertThat(KoreanNames.romanize(hangul)).contains(latin);
    }

    @ParameterizedTest
    @CsvSource({"남, ram", "노, ro", "김, rim", "오, ro"})
    void aSurnameThatNeverHadAnInitialRIsNotGivenOne(String hangul, String latin) {
        assertThat(KoreanNames.romanize(hangul)).doesNotContain(latin);
    }
    @ParameterizedTest
    @CsvSource({"편, phyon", "탁, thak", "태, thae", "편, pyon", "편, pyeon"})
    void aSurnameWithAnAspirateIsAlsoSpelledAsNorthKoreaWritesIt(String hangul, String latin) {
        assertThat(KoreanNames.romanize(hangul)).contains(latin);
    }

    @ParameterizedTest
    @CsvSource({"편, phhyon", "김, khim", "박, phark"})
    void onlyTheAspiratesTakeAnH(String hangul, String latin) {
        assertThat(KoreanNames.romanize(hangul)).doesNotContain(latin);
    }

    @ParameterizedTest
    @CsvSource({"태우, taewoo", "동우, dongwoo", "우진, woojin", "태우, taeu"})
    void woInAGivenNameIsSpelledWithAWAsBearersWriteIt(String hangul, String latin) {
        assertThat(KoreanNames.readAs(hangul, latin)).as("%s as %s", hangul, latin).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"태오, taewo", "무진, mwoojin", "태이, taewi"})
    void onlyUTakesTheW(String hangul, String latin) {
        assertThat(KoreanNames.readAs(hangul, latin)).as("%s as %s", hangul, latin).isFalse();
    }
}
