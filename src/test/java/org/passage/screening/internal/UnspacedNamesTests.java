package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Organisation names written without spaces, cut into words (constructed names, none from an evaluation file). */
class UnspacedNamesTests {

    private static double score(String a, String b) {
        return NamePairs.score("Company", a, b);
    }

    @Test
    void aChineseCompanyIsCutIntoPlaceBrandTradeWordsAndLegalForm() {
        assertThat(UnspacedNames.cut("杭州明远电子科技有限公司")).containsExactly("hangzhou", "明远", "电子", "科技", "有限公司");
        assertThat(UnspacedNames.cut("香港明远貿易有限公司")).containsExactly("hongkong", "明远", "貿易", "有限公司");
    }

    @Test
    void aKoreanAndAThaiCompanyAreCutToo() {
        assertThat(UnspacedNames.cut("조선명성무역회사")).containsExactly("korea", "명성", "무역", "회사");
        assertThat(UnspacedNames.cut("บริษัทสยามจำกัด")).containsExactly("บริษัท", "สยาม", "จำกัด");
    }

    @Test
    void aOneCharacterWordIsCutOnlyAtTheEndOrAfterAPlace() {
        assertThat(UnspacedNames.cut("杭州市明远科技")).containsExactly("hangzhou", "市", "明远", "科技");
        // 市 inside the brand stays in it
        assertThat(UnspacedNames.cut("明市远科技")).containsExactly("明市远", "科技");
    }

    @Test
    void personsNamesAndWordsWithoutAnOrganisationWordAreNotCut() {
        assertThat(UnspacedNames.cut("习近平")).isNull();
        assertThat(UnspacedNames.cut("欧阳修文")).isNull();
        assertThat(UnspacedNames.cut("김정은")).isNull();
        // a foreign name written by sound in Hangul may hold a Korean word and a place (가스 gas, 파리 Paris): a Korean
        // organisation's name ends in what it is, so a word that ends in a place is not cut
        assertThat(UnspacedNames.cut("가스파리")).isNull();
        assertThat(UnspacedNames.cut("명성가스")).isNotNull();
        assertThat(UnspacedNames.cut("明远天成")).isNull();
        assertThat(UnspacedNames.cut("Shenzhen")).isNull();
    }

    @Test
    void aPlaceWrittenAloneIsItsLatinName() {
        assertThat(UnspacedNames.cut("香港")).containsExactly("hongkong");
    }

    @Test
    void aChineseCompanyMeetsItsEnglishNameByPinyinBrandAndTranslatedTradeWords() {
        assertThat(score("杭州明远电子科技有限公司", "Hangzhou Mingyuan Electronic Technology Co., Ltd.")).isGreaterThanOrEqualTo(0.85);
        assertThat(score("杭州明远电子科技有限公司", "Mingyuan Electronics Technology Ltd")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("香港明远貿易有限公司", "Mingyuan Trading Hong Kong Limited")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("杭州明远电子科技有限公司", "Hangzhou Ming Yuan Electronic Technology Co Ltd")).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void anotherBrandInTheSamePlaceAndTradeIsNoMatch() {
        assertThat(score("杭州明远电子科技有限公司", "Hangzhou Tianlu Electronic Technology Co., Ltd.")).isLessThan(0.70);
        assertThat(score("杭州明远电子科技有限公司", "Hangzhou Electronic Technology Co., Ltd.")).isLessThan(0.70);
    }

    @Test
    void aKoreanCompanyMeetsItsEnglishName() {
        assertThat(score("조선명성무역회사", "Korea Myongsong Trading Corporation")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("조선명성무역회사", "Korea Kumsan Trading Corporation")).isLessThan(0.70);
    }

    @Test
    void numbersInAHanNameAreNumbers() {
        assertThat(UnspacedNames.cut("明远贸易公司第三分部")).containsExactly("明远", "贸易", "公司", "3", "分部");
        assertThat(UnspacedNames.cut("明远贸易公司第十二分部")).contains("12");
        assertThat(UnspacedNames.cut("明远贸易公司4分部")).contains("4");
        assertThat(score("明远贸易公司第三分部", "明远贸易公司第四分部")).isLessThan(0.70);
    }
}
