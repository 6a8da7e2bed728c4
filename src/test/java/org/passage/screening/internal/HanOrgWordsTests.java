package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Chinese organisation names against their English and Pinyin names: the industry words of han-org-words.txt cut off
 * the brand, translated as phrases, and read in Pinyin. Constructed names (the brands Mingyuan 明远, Huayue 华岳 and
 * Tianlu 天路 are invented), none from an evaluation file.
 */
class HanOrgWordsTests {

    private static double score(String a, String b) {
        return NamePairs.score("Company", a, b);
    }

    @Test
    void anIndustryWordOfTheTableIsCutOffTheBrandInSimplifiedAndTraditional() {
        assertThat(UnspacedNames.cut("新疆明远乳业股份有限公司")).containsExactly("xinjiang", "明远", "乳业", "股份有限公司");
        assertThat(UnspacedNames.cut("新疆明遠乳業股份有限公司")).containsExactly("xinjiang", "明遠", "乳業", "股份有限公司");
        // a city outside the place table stays in the brand run, which its Pinyin syllables read (Tangshan Mingyuan)
        assertThat(UnspacedNames.cut("唐山明远混凝土分公司")).containsExactly("唐山明远", "混凝土", "分公司");
        assertThat(score("唐山明远混凝土有限公司", "Tangshan Mingyuan Concrete Co Ltd")).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void theTableWordsAreDescriptiveTermsAndTheirPinyinToo() {
        assertThat(HanOrgWords.term("乳业")).isNotEmpty().isEqualTo(HanOrgWords.term("乳業"));
        assertThat(HanOrgWords.term("空间")).isEqualTo(OrgTerms.term("space"));
        assertThat(HanOrgWords.pinyinTerm("lianhe")).isEqualTo(OrgTerms.term("united")).isNotEmpty();
        assertThat(HanOrgWords.pinyinTerm("jituan")).isEqualTo(OrgTerms.term("group")).isNotEmpty();
        assertThat(HanOrgWords.pinyinTerm("ruye")).isEqualTo(HanOrgWords.term("乳业"));
        // a short syllable is a surname far more often than a word
        assertThat(HanOrgWords.pinyinTerm("li")).isEmpty();
        assertThat(HanOrgWords.pinyinTerm("mingyuan")).isEmpty();
    }

    @Test
    void aChineseCompanyMeetsItsEnglishNameWordForWord() {
        assertThat(score("新疆明远乳业股份有限公司", "Xinjiang Mingyuan Dairy Co., Ltd.")).isGreaterThanOrEqualTo(0.85);
        assertThat(score("新疆明遠乳業股份有限公司", "Xinjiang Mingyuan Dairy Co., Ltd.")).isGreaterThanOrEqualTo(0.85);
        assertThat(score("石河子华岳水利电力工程有限责任公司", "Shihezi Huayue Water Conservancy and Electric Power Engineering Co., Ltd."))
                .isGreaterThanOrEqualTo(0.85);
        assertThat(score("河北明远建设集团股份有限公司唐山混凝土分公司", "Hebei Mingyuan Construction Group Co Ltd Tangshan Concrete Branch"))
                .isGreaterThanOrEqualTo(0.85);
        assertThat(score("内蒙古亚欧华岳物流有限责任公司", "Inner Mongolia Asia Europe Huayue Logistics Limited Co.")).isGreaterThanOrEqualTo(0.85);
        assertThat(score("美国明远贸易有限公司", "Mingyuan Trading USA Ltd")).isGreaterThanOrEqualTo(0.70);
    }

    @Test
    void theWordsOfMakersAndServiceFirmsAreTranslatedToo() {
        // valves, sensors, steel structures, warehousing, an industrial park: words of the industries of Chinese firms
        assertThat(UnspacedNames.cut("宁波明远阀门有限公司")).containsExactly("ningbo", "明远", "阀门", "有限公司");
        assertThat(score("宁波明远阀门有限公司", "Ningbo Mingyuan Valve Co., Ltd.")).isGreaterThanOrEqualTo(0.85);
        assertThat(score("宁波明遠閥門有限公司", "Ningbo Mingyuan Valves Co., Ltd.")).isGreaterThanOrEqualTo(0.85);
        assertThat(score("深圳华岳传感器有限公司", "Shenzhen Huayue Sensor Co Ltd")).isGreaterThanOrEqualTo(0.85);
        assertThat(score("天津明远钢结构工程有限公司", "Tianjin Mingyuan Steel Structure Engineering Co Ltd")).isGreaterThanOrEqualTo(0.85);
        assertThat(score("上海华岳仓储有限公司", "Shanghai Huayue Warehousing Co Ltd")).isGreaterThanOrEqualTo(0.85);
        assertThat(score("Mingyuan Famen Co Ltd", "Mingyuan Valve Co Ltd")).isGreaterThanOrEqualTo(0.85);
        // the industry words agree, the brand does not: another company
        assertThat(score("宁波明远阀门有限公司", "Ningbo Tianlu Valve Co., Ltd.")).isLessThan(0.70);
        assertThat(score("深圳华岳传感器有限公司", "Shenzhen Mingyuan Sensor Co Ltd")).isLessThan(0.70);
    }

    @Test
    void aCompanyWrittenInPinyinMeetsItsEnglishName() {
        assertThat(score("HUAYUE LIANHE ENERGY CO LTD", "HUAYUE UNITED ENERGY CO LTD")).isGreaterThanOrEqualTo(0.85);
        assertThat(score("Xinjiang Mingyuan Ruye Co Ltd", "Xinjiang Mingyuan Dairy Co Ltd")).isGreaterThanOrEqualTo(0.85);
        assertThat(score("Mingyuan Shuili Gongcheng Co Ltd", "Mingyuan Water Conservancy Engineering Co Ltd")).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void anotherBrandWithTheSameTranslatedWordsIsNoMatch() {
        assertThat(score("新疆明远乳业股份有限公司", "Xinjiang Tianlu Dairy Co., Ltd.")).isLessThan(0.70);
        assertThat(score("新疆明远乳业股份有限公司", "Xinjiang Dairy Co., Ltd.")).isLessThan(0.70);
        assertThat(score("石河子华岳水利电力工程有限责任公司", "Shihezi Tianlu Water Conservancy and Electric Power Engineering Co., Ltd."))
                .isLessThan(0.70);
        assertThat(score("HUAYUE LIANHE ENERGY CO LTD", "TIANLU UNITED ENERGY CO LTD")).isLessThan(0.70);
    }

    @Test
    void aTranslatedBrandIsNotReadByItsPinyinAndStaysADifferingWord() {
        // 明远 (bright, far) translated as a made-up English brand: generic words alone never make a match
        assertThat(score("明远乳业有限公司", "Brightfar Dairy Ltd")).isLessThan(0.70);
        assertThat(score("武汉华岳水利科技有限公司", "Splendid Peak Water Conservancy Technology Co Ltd")).isLessThan(0.70);
        assertThat(score("新疆明远乳业股份有限公司", "Brightfar Ltd")).isLessThan(0.70);
    }

    @Test
    void theEnglishWordsAloneAnswerOnlyTheirChineseWord() {
        // "Water Conservancy" joins into 水利 only when the other name has it
        ParsedName english = new NameParser().parse("Huayue Water Conservancy Co").asOrganization();
        ParsedName other = new NameParser().parse("Huayue Trading Co").asOrganization();
        assertThat(HanOrgWords.join(english, other)).isSameAs(english);
        ParsedName chinese = new NameParser().parse("华岳水利有限公司").asOrganization();
        assertThat(HanOrgWords.join(english, chinese).size()).isEqualTo(english.size() - 1);
    }

    @Test
    void aCharacterIsReadWithItsOtherCommonReadingToo() {
        // ICU reads 勒 lei and 拓 ta (their surname readings); in a place or a brand they are le and tuo
        assertThat(score("弥勒华岳科技有限公司", "Mile Huayue Technology Co., Ltd")).isGreaterThanOrEqualTo(0.85);
        assertThat(score("江西明拓乳业有限公司", "Jiangxi Mingtuo Dairy Co. Ltd.")).isGreaterThanOrEqualTo(0.85);
        assertThat(score("江西明拓乳业有限公司", "Jiangxi Mingta Dairy Co. Ltd.")).isGreaterThanOrEqualTo(0.85);
        assertThat(score("江西明拓乳业有限公司", "Jiangxi Mingtao Dairy Co. Ltd.")).isLessThan(0.70);
    }

    @Test
    void theCandidateIndexFindsABrandRunByTheLatinWordsOfItsSyllables() {
        java.util.List<org.passage.watchlists.ListedEntity> listed = new java.util.ArrayList<>();
        listed.add(NamePairs.entity("target", "Company", "Shihezi Huayue Water Conservancy and Electric Power Engineering Co., Ltd."));
        listed.add(NamePairs.entity("asia", "Company", "Inner Mongolia Asia Europe Tianlu Logistics Limited Co."));
        for (int i = 0; i < 300; i++) {
            // many companies of the same trade words, so that only the brand tells the target apart
            listed.add(NamePairs.entity("other" + i, "Company", "Shihezi Kel" + (char) ('a' + i % 26) + (char) ('a' + i / 26) + " Water Conservancy and Electric Power Engineering Co., Ltd."));
        }
        CandidateIndex index = new CandidateIndex();
        NameParser parser = new NameParser();
        for (var entity : listed) {
            index.add(EntityProfile.of(entity, parser));
        }
        index.commit();
        // the first search, without typos: the brand's syllable runs and the English words of 亚欧 are its clauses
        int[] found = index.candidates(EntityProfile.of(NamePairs.entity("q", "Company", "石河子华岳水利电力工程有限责任公司"), parser), 5, false);
        assertThat(found).contains(0);
        found = index.candidates(EntityProfile.of(NamePairs.entity("q", "Company", "内蒙古亚欧天路物流有限责任公司"), parser), 5, false);
        assertThat(found).contains(1);
    }

    @Test
    void aPersonsNameIsNotCut() {
        assertThat(UnspacedNames.cut("王文化")).isNull();
        assertThat(UnspacedNames.cut("明远天成")).isNull();
    }
}
