package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A Chinese company's brand against its English name when that name is not Pinyin: said by the sound of a foreign
 * word, or translated word by word. Constructed names (Kalinor 卡利诺, Dorvane, New Dragon 新龙, L Star 林星 are
 * invented), none from an evaluation file.
 */
class HanBrandsTests {

    private static double score(String a, String b) {
        return NamePairs.score("Company", a, b);
    }

    @Test
    void aForeignWordIsReadSyllableBySyllableAsChineseTranscribesIt() {
        // the cluster's vowel unwritten (s-ky: si-kai), a final n dropped (li), an unsaid final e
        assertThat(HanBrands.strongConsonants(new String[] {"si", "kai", "lai"}, "skyline")).isEqualTo(3);
        // a final r of the Latin syllable dropped (nor: nuo)
        assertThat(HanBrands.strongConsonants(new String[] {"ka", "li", "nuo"}, "kalinor")).isEqualTo(3);
        // each syllable keeps its consonant: another consonant is another word
        assertThat(HanBrands.strongConsonants(new String[] {"ka", "li", "nuo"}, "kamino")).isEqualTo(-1);
        assertThat(HanBrands.strongConsonants(new String[] {"ka", "li", "nuo"}, "kalinorvane")).isEqualTo(-1);
    }

    @Test
    void aBrandSaidByItsSoundMeetsItsEnglishName() {
        assertThat(score("深圳卡利诺科技有限公司", "Shenzhen Kalinor Technology Co Ltd")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("卡利诺科技有限公司", "Kalinor Technology Limited")).isGreaterThanOrEqualTo(0.70);
    }

    @Test
    void theBrandDecidesBetweenTwoCompaniesOfOnePlaceAndTrade() {
        assertThat(score("深圳卡利诺科技有限公司", "Shenzhen Technology Co Ltd")).isLessThan(0.70);
        assertThat(score("深圳卡利诺科技有限公司", "Shenzhen Dorvane Technology Co Ltd")).isLessThan(0.70);
        assertThat(score("深圳卡利诺科技有限公司", "Shenzhen Kamino Technology Co Ltd")).isLessThan(0.70);
    }

    @Test
    void aPinyinWordIsReadStrictlyNeverBySound() {
        NameToken brand = new NameParser().parse("卡利诺科技有限公司").tokens()[0];
        // kelinuo is Pinyin: only the syllable-by-syllable reading may pair it (and does not: 卡 is ka)
        assertThat(HanBrands.said(brand, token("kelinuo")).kind()).isEqualTo(TokenMatch.NONE);
        assertThat(HanBrands.said(brand, token("kalinor")).kind()).isEqualTo(TokenMatch.TRANSLITERATION);
        // a short word says too little
        assertThat(HanBrands.said(brand, token("kal")).kind()).isEqualTo(TokenMatch.NONE);
    }

    @Test
    void aBrandTranslatedWordByWordMeetsItsEnglishName() {
        assertThat(score("深圳新龙科技有限公司", "Shenzhen New Dragon Technology Co Ltd")).isGreaterThanOrEqualTo(0.70);
        // Traditional characters are the same brand
        assertThat(score("深圳新龍科技有限公司", "Shenzhen New Dragon Technology Co Ltd")).isGreaterThanOrEqualTo(0.70);
        // one character by the initial of its Pinyin beside one translated
        assertThat(score("林星國際貿易有限公司", "L Star International Trading Co Ltd")).isGreaterThanOrEqualTo(0.70);
    }

    @Test
    void aTranslationMustAnswerEveryCharacterAndOneByItsMeaning() {
        assertThat(score("深圳新龙科技有限公司", "Shenzhen New Tiger Technology Co Ltd")).isLessThan(0.70);
        assertThat(score("深圳新龙科技有限公司", "Shenzhen Dragon Technology Co Ltd")).isLessThan(0.70);
        // two initials are an acronym of anything: not a translation
        assertThat(score("林星國際貿易有限公司", "L S International Trading Co Ltd")).isLessThan(0.70);
    }

    @Test
    void aTitleInACompanysNameIsAWordOfIt() {
        ParsedName name = new NameParser().parse("General Veltor Machinery Co., Ltd");
        assertThat(name.tokens()).extracting(NameToken::text).contains("general", "veltor");
        // inside a name it is dropped as before: lists write General Corporation for 총회사 or leave it out
        ParsedName inside = new NameParser().parse("Korea Veltor General Trading Company");
        assertThat(inside.tokens()).extracting(NameToken::text).doesNotContain("general");
        ParsedName person = new NameParser().parse("General Ivan Veltorov");
        assertThat(person.tokens()).extracting(NameToken::text).doesNotContain("general");
    }

    @Test
    void aShortKoreanNameSpelledInAnotherRomanisationIsStillSaidAsListed() {
        // 박순: Pak Sun in McCune-Reischauer as in Revised Romanisation; a short name is a match to review, not more
        double score = NamePairs.score("Person", "박순", "PAK Sun");
        assertThat(score).isGreaterThanOrEqualTo(0.70).isLessThan(0.80);
        assertThat(NamePairs.score("Person", "박순", "PAK Son")).isLessThan(0.70);
    }

    private static NameToken token(String word) {
        return new NameParser().parse(word).tokens()[0];
    }
}
