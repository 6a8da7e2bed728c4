package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnglishInKanaTests {

    @ParameterizedTest
    @CsvSource({"マイケル, michael", "マイク, mike", "カイル, kyle", "タイラー, tyler", "ブライアン, brian", "ライアン, ryan", "ライト, wright",
            "アイザック, isaac"})
    void englishLongIIsWrittenAi(String kana, String latin) {
        assertThat(SoundReading.of(kana).readAs(latin)).as("%s as %s", kana, latin).isTrue();
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
        assertThat(EnglishInKana.longI(new String[] {"ma", "mu"})).startsWith("mai", "may").contains("mi", "my", "migh")
                .doesNotContain("ma", "m");
        assertThat(EnglishInKana.broadO(new String[] {"po", "p"})).containsExactly("po", "p", "pa");
    }
}
