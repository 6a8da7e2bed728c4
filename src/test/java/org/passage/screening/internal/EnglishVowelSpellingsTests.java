package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnglishVowelSpellingsTests {

    @ParameterizedTest
    @CsvSource({"マイケル, michael", "マイク, mike", "カイル, kyle", "タイラー, tyler", "ブライアン, brian", "ライアン, ryan", "ライト, wright",
            "アイザック, isaac"})
    void englishLongIIsWrittenAi(String kana, String latin) {
        assertThat(SoundReading.of(kana).readAs(latin)).as("%s as %s", kana, latin).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"카일, kyle", "타일러, tyler", "브라이언, brian", "라이언, ryan", "라이트, wright", "마이크, mike", "차이나, china", "하이난, hainan"})
    void englishLongIIsWrittenAiInHangulToo(String hangul, String latin) {
        assertThat(SoundReading.of(hangul).readAs(latin)).as("%s as %s", hangul, latin).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"카일, karl", "마이크, mark", "라이언, ran", "타일러, tailor2"})
    void anotherNameInHangulDoesNot(String hangul, String latin) {
        assertThat(SoundReading.of(hangul).readAs(latin)).as("%s as %s", hangul, latin).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"マイケル, maikeru", "マイク, maiku", "カイル, kairu"})
    void theTwoKanaStillReadAsRomanised(String kana, String latin) {
        assertThat(SoundReading.of(kana).readAs(latin)).as("%s as %s", kana, latin).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"ポール, paul", "ウォーカー, walker", "ショー, shaw", "ホール, hall", "ポール, pole"})
    void englishBroadOIsWrittenOWithTheMark(String kana, String latin) {
        assertThat(SoundReading.of(kana).readAs(latin)).as("%s as %s", kana, latin).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"アンドリュー, andrew", "マシュー, matthew", "スチュワート, stewart", "ティモシー, timothy", "エドワーズ, edwards",
            "リチャーズ, richards"})
    void englishEwThAndDsAsKatakanaWritesThem(String kana, String latin) {
        assertThat(SoundReading.of(kana).readAs(latin)).as("%s as %s", kana, latin).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"マイク, mack", "マイク, mark", "カイル, carl", "ポール, peel", "ライアン, ran", "マイケル, mitchell", "ブライアン, bryant"})
    void anotherNameDoesNot(String kana, String latin) {
        assertThat(SoundReading.of(kana).readAs(latin)).as("%s as %s", kana, latin).isFalse();
    }

    @org.junit.jupiter.api.Test
    void theLongIUnitKeepsTheKanaSpellingsFirst() {
        assertThat(EnglishVowelSpellings.longI(new String[] {"ma", "mu"})).startsWith("mai", "may").contains("mi", "my", "migh")
                .doesNotContain("ma", "m");
        assertThat(EnglishVowelSpellings.broadO(new String[] {"po", "p"})).containsExactly("po", "p", "pa");
    }
}
