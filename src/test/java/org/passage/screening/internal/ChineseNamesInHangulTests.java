package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChineseNamesInHangulTests {

    @Test
    void aChineseNameInHangulIsReadBackIntoPinyin() {
        assertThat(ChineseNamesInHangul.pinyin("시진핑")).contains("xijinping");
        assertThat(ChineseNamesInHangul.pinyin("덩샤오핑")).contains("dengxiaoping");
        assertThat(ChineseNamesInHangul.pinyin("저우언라이")).contains("zhouenlai");
        assertThat(ChineseNamesInHangul.pinyin("마오쩌둥")).contains("maozedong");
        assertThat(ChineseNamesInHangul.pinyin("리커창")).contains("likeqiang");
        assertThat(ChineseNamesInHangul.pinyin("추이톈카이")).contains("cuitiankai");
    }

    @Test
    void afterJQAndXTheYVowelIsWrittenPlainAndUIsTheUmlaut() {
        assertThat(ChineseNamesInHangul.pinyin("원자바오")).contains("wenjiabao"); // jia 자, not 쟈
        assertThat(ChineseNamesInHangul.pinyin("장쩌민")).contains("jiangzemin", "zhangzemin");
        assertThat(ChineseNamesInHangul.pinyin("쉬")).contains("xu");
    }

    @Test
    void aWordTheTableDoesNotReadWholeHasNoPinyin() {
        assertThat(ChineseNamesInHangul.pinyin("김민준")).isEmpty(); // 김: Chinese ends no syllable in m
        assertThat(ChineseNamesInHangul.pinyin("박지성")).isEmpty();
        assertThat(ChineseNamesInHangul.pinyin("Xi")).isEmpty();
    }

    private static double score(String a, String b) {
        return NamePairs.score("Person", a, b);
    }

    @Test
    void aChineseLeaderWrittenInHangulIsFound() {
        assertThat(score("Xi Jinping", "시진핑")).isGreaterThanOrEqualTo(0.7);
        assertThat(score("Deng Xiaoping", "덩샤오핑")).isGreaterThanOrEqualTo(0.7);
        assertThat(score("Zhou Enlai", "저우언라이")).isGreaterThanOrEqualTo(0.7);
        assertThat(score("Li Keqiang", "리커창")).isGreaterThanOrEqualTo(0.7);
        assertThat(score("Li Keqiang", "리커춘")).isLessThan(0.7); // Li Kechun: another given name
    }

    @Test
    void aSurnameOfTwoHangulSyllablesIsCutAsOne() {
        assertThat(KoreanNames.split("마오쩌둥")).containsExactly("마오", "쩌둥");
        assertThat(KoreanNames.split("자오러지")).containsExactly("자오", "러지");
        assertThat(KoreanNames.split("차이치")).containsExactly("차", "이치"); // 차 Cha: a Korean name first
        assertThat(KoreanNames.split("김민준")).containsExactly("김", "민준");
        assertThat(score("Mao Zedong", "마오쩌둥")).isGreaterThanOrEqualTo(0.7);
        assertThat(score("Zhao Leji", "자오러지")).isGreaterThanOrEqualTo(0.7);
    }

    @Test
    void aKoreanSurnameThatBeginsATwoSyllableChineseOneIsReadBothWays() {
        assertThat(KoreanNames.chineseReading("차이치")).isEqualTo("차이 치");
        assertThat(KoreanNames.chineseReading("김민준")).isNull(); // 김민 is no Mandarin syllable
        assertThat(KoreanNames.chineseReading("자오러지")).isNull(); // four syllables: already cut after 자오
        assertThat(score("Cai Qi", "차이치")).isGreaterThanOrEqualTo(0.7);
        assertThat(score("Cha Ichi", "차이치")).isGreaterThanOrEqualTo(0.7); // the Korean reading is kept
        assertThat(score("Cai Xi", "차이치")).isLessThan(0.7);
    }
}
