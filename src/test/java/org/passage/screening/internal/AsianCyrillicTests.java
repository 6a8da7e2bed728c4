package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AsianCyrillicTests {

    @Test
    void chineseNamesWrittenInPalladiusAreReadBackInPinyin() {
        assertThat(AsianCyrillic.readings("цзиньпин")).contains("jinping");
        assertThat(AsianCyrillic.readings("си")).contains("xi");
        assertThat(AsianCyrillic.readings("кэцян")).contains("keqiang");
        assertThat(AsianCyrillic.readings("цзэдун")).contains("zedong");
        assertThat(AsianCyrillic.readings("чжан")).contains("zhang");
        assertThat(AsianCyrillic.readings("сюэ")).contains("xue");
        assertThat(AsianCyrillic.readings("хуавэй")).contains("huawei");
    }

    @Test
    void japaneseNamesWrittenInPolivanovAreReadBackInHepburn() {
        assertThat(AsianCyrillic.readings("кэндзи")).contains("kenji");
        assertThat(AsianCyrillic.readings("синдзо")).contains("shinzo");
        assertThat(AsianCyrillic.readings("кисида")).contains("kishida");
        assertThat(AsianCyrillic.readings("ёсихидэ")).contains("yoshihide");
        assertThat(AsianCyrillic.readings("дзюнъитиро")).contains("junichiro");
        assertThat(AsianCyrillic.readings("хоккайдо")).contains("hokkaido");
    }

    @Test
    void koreanNamesWrittenInKontsevichAreReadInTheRomanisationsListsUse() {
        assertThat(AsianCyrillic.readings("чен")).contains("jong", "jeong", "chong");
        assertThat(AsianCyrillic.readings("ын")).contains("un", "eun");
        assertThat(AsianCyrillic.readings("чхоль")).contains("chol", "cheol", "chul");
        assertThat(AsianCyrillic.readings("чжэ")).contains("jae");
        assertThat(AsianCyrillic.readings("ир")).contains("il");
        assertThat(AsianCyrillic.readings("мён")).contains("myung", "myong", "myeong");
    }

    @Test
    void aRussianWordOfTwoSyllablesIsNotReadAsKorean() {
        assertThat(AsianCyrillic.readings("роман")).doesNotContain("loman", "ruman");
        assertThat(AsianCyrillic.readings("антон")).doesNotContain("andon");
    }

    @Test
    void russianWordsAreNotSyllablesOfEither() {
        assertThat(AsianCyrillic.readings("петров")).isEmpty();
        assertThat(AsianCyrillic.readings("сергеевич")).isEmpty();
        assertThat(AsianCyrillic.readings("щукин")).isEmpty();
        assertThat(AsianCyrillic.readings("ы")).isEmpty();
    }

    @Test
    void everyPinyinSyllableHasOnePalladiusSpellingAndReadsBackAsItself() {
        for (String syllable : new String[] {"zhuang", "qiong", "xuan", "jun", "lue", "nü".replace("ü", "u"), "er", "wei", "yuan", "zi", "ci", "shi"}) {
            String cyrillic = AsianCyrillic.palladius(syllable);
            assertThat(cyrillic).as(syllable).isNotNull();
            assertThat(AsianCyrillic.readings(cyrillic + "ли")).as(cyrillic).contains(syllable + "li");
        }
    }
}
