package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passage.screening.internal.NamePairs.score;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names written by ear in Hangul, kana and Bengali letters, and Japanese organisation names in kanji and katakana,
 * against their Latin forms (constructed names, none from an evaluation file).
 */
class ScriptsByEarTests {

    @ParameterizedTest
    @CsvSource({"피터, peter", "로버트, robert", "터너, turner"})
    void hangulLeavesAnEnglishRAfterAVowelUnsaid(String hangul, String latin) {
        assertThat(SoundReading.of(hangul).readAs(latin)).as("%s as %s", hangul, latin).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"조제, george", "피터, pitman", "로버트, roberta"})
    void theUnsaidRDoesNotReadAnotherName(String hangul, String latin) {
        // 조제 is José; Pitman has a consonant 피터 does not say; Roberta a vowel 트 does not write
        assertThat(SoundReading.of(hangul).readAs(latin)).as("%s as %s", hangul, latin).isFalse();
    }

    @Test
    void anEnglishNameInHangulMeetsItsLatinSpelling() {
        assertThat(score("Person", "Peter Smith", "피터 스미스")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("Person", "Robert Turner", "로버트 터너")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("Person", "Robert Tucker", "로버트 터너")).isLessThan(0.70);
    }

    @Test
    void katakanaNIsAlsoTheNgOfAKoreanOrChineseSyllable() {
        assertThat(SoundReading.of("ナムチョンガン").readAs("namchongang")).isTrue();
        assertThat(score("Company", "Namchongang Trading Corporation", "ナムチョンガン・トレーディング・コーポレーション"))
                .isGreaterThanOrEqualTo(0.70);
        assertThat(score("Company", "Nam Chong Trading Corporation", "ナムチョンガン・トレーディング・コーポレーション")).isLessThan(0.70);
    }

    @Test
    void bengaliBhWritesTheVOfAnEnglishNameAndEItsLongA() {
        assertThat(Romanizer.romanize("ডেভ")).contains("dev", "dave");
        assertThat(Romanizer.romanize("ডেভিড")).contains("devid");
        assertThat(score("Person", "Anil Madhav Dave", "অনিল মাধব ডেভ")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("Person", "Anil Madhav Dev", "অনিল মাধব ডেভ")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("Person", "Anil Kumar Dutt", "অনিল কুমার ডেভ")).isLessThan(0.70);
    }

    @Test
    void quBeforeEOrIIsTheKOfAnArabicNameInSouthAsianSpellingAndBengaliPhItsF() {
        assertThat(PhoneticForm.forms("maleque")).containsAnyElementsOf(PhoneticForm.forms("malek"));
        assertThat(PhoneticForm.forms("rafique")).containsAnyElementsOf(PhoneticForm.forms("rafik"));
        assertThat(PhoneticForm.forms("quran")).doesNotContainAnyElementsOf(PhoneticForm.forms("kran"));
        assertThat(score("Person", "Abdul Maleque", "আব্দুল মালেক")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("Person", "Rafique Ahmed", "রফিক আহমেদ")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("Person", "Rafique Ahmed", "রহিম আহমেদ")).isLessThan(0.70);
    }

    @Test
    void aJapaneseNameEndsAWordWhereKanjiGiveWayToKatakana() {
        assertThat(UnspacedNames.cut("株式会社統一エンジン製造会社")).containsExactly("株式会社", "統一", "エンジン", "製造", "会社");
        assertThat(UnspacedNames.cut("ロシア連邦基金")).containsExactly("ロシア", "連邦", "基金");
        assertThat(HanOrgWords.known(HanOrgWords.simplified("連邦"))).isTrue();
    }

    @Test
    void aJapaneseCompanyInKanjiAndKatakanaMeetsItsEnglishName() {
        assertThat(score("Company", "United Engine Corporation", "株式会社統一エンジン製造会社")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("Company", "Mechanical Construction Factory", "メカニカル・コンストラクション・ファクトリー"))
                .isGreaterThanOrEqualTo(0.70);
        assertThat(score("Company", "United Shipbuilding Corporation", "株式会社統一エンジン製造会社")).isLessThan(0.70);
        assertThat(score("Company", "Mechanical Repair Factory", "メカニカル・コンストラクション・ファクトリー")).isLessThan(0.70);
    }

    @ParameterizedTest
    @CsvSource({"construction, construcshon", "mission, mishon", "quantum, quontum"})
    void englishTionAndAAfterQuAreRespelledAsSaid(String latin, String said) {
        assertThat(LoanwordSpelling.said(latin)).contains(said);
    }
}
