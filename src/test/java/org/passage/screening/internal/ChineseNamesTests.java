package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passage.screening.internal.NamePairs.score;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseNamesTests {

    @ParameterizedTest
    @CsvSource({"jiang, chiang", "liang, liang", "xian, hsien", "xue, hsueh", "yue, yueh", "you, yu", "yan, yen", "ye, yeh", "gui, kuei",
            "hui, hui", "zhi, chih", "si, ssu", "zi, tzu", "ci, tzu", "zhou, chou", "dong, tung", "ze, tse", "jie, chieh", "er, erh",
            "ge, ko", "xiao, hsiao", "ri, jih"})
    void pinyinSyllablesInWadeGiles(String pinyin, String wadeGiles) {
        assertThat(ChineseNames.wadeGiles(pinyin)).isEqualTo(wadeGiles);
    }

    @ParameterizedTest
    @CsvSource({"泽东, zedong", "泽东, tsetung", "近平, jinping", "近平, chinping", "学良, hsuehliang", "学良, hsueliang", "学良, xueliang",
            "介石, chiehshih", "介石, jieshi", "恩来, enlai", "小平, hsiaoping"})
    void aGivenNameReadsInPinyinAndWadeGilesJoined(String han, String latin) {
        assertThat(ChineseNames.readAs(ChineseNames.pinyinSyllables(han), latin)).as("%s as %s", han, latin).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"泽东, zemin", "近平, jinpin", "学良, xuelian", "介石, jieshih2", "恩来, enlaie"})
    void anotherGivenNameDoesNot(String han, String latin) {
        assertThat(ChineseNames.readAs(ChineseNames.pinyinSyllables(han), latin)).as("%s as %s", han, latin).isFalse();
    }

    @Test
    void nothingReadsAsNothing() {
        assertThat(ChineseNames.readAs(new String[0], "mao")).isFalse();
        assertThat(ChineseNames.readAs(ChineseNames.pinyinSyllables("毛"), "")).isFalse();
    }

    @Test
    void aSurnameStandingAloneIsAlsoSpelledAsHongKongAndSouthEastAsiaSpellIt() {
        assertThat(ChineseNames.nameSpellings("陳")).contains("chen", "chan", "tan");
        assertThat(ChineseNames.nameSpellings("黄")).contains("huang", "wong", "ng", "oei");
        assertThat(ChineseNames.nameSpellings("陳大")).doesNotContain("tan", "chan");
    }

    @Test
    void aSingaporeNameMeetsItsCharacters() {
        assertThat(score("Person", "Tan Chuan-Jin", "陳川錦")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("Person", "Tan Wei Ming", "林伟明")).isLessThan(0.70);
    }
}
