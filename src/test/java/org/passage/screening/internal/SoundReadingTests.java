package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SoundReadingTests {

    @ParameterizedTest
    @CsvSource({
            "빅토르, viktor", "흐레닌, khrenin", "카렐린, karelin", "알렉산드르, aleksandr", "조니, johnny", "브루스, bruce",
            "브레이디, brady", "오레시킨, oreshkin", "막심, maksim",
            "マクシム, maksim", "ウヴァロフ, uvarov", "ダニリツェフ, daniltsev", "クズネツォフ, kuznetsov", "デューミン, dyumin",
            "ウラジスラフ, vladislav", "マーフィー, murphy", "パトリック, patrick", "アレクセイ, alexei", "とうきょう, tokyo", "とうきょう, toukyou",
            "维克托, viktor", "赫列宁, khrenin", "安德烈, andrey", "尼克拉, nikolay", "弗里德曼, friedman", "凡尼雅明, veniamin",
            "曼德利金, mandrikin", "伊万, ivan", "劳拉, laura",
            "Ντιμίταρ, dimitar", "Γκλάβτσεφ, glavchev", "Σουβάλοφ, shuvalov", "Ιγκόρ, igor", "Χαβιέρ, javier", "Μπούτινα, butina"})
    void aTranscriptionReadsAsTheNameItWrites(String syllables, String latin) {
        SoundReading reading = SoundReading.of(syllables);
        assertThat(reading).isNotNull();
        assertThat(reading.readAs(latin)).as("%s as %s", syllables, latin).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"빅토르, peter", "흐레닌, hassan", "マクシム, martin", "ダニリツェフ, dmitriev", "维克托, victoria", "赫列宁, lenin",
            "安德烈, anatoly", "伊万, iwanowski", "카렐린, carolina",
            "Σουβάλοφ, sokolov", "Ιγκόρ, ivan", "민지, myong", "秀玉, xiaoer", "지연, chen"})
    void anotherNameDoesNot(String syllables, String latin) {
        assertThat(SoundReading.of(syllables).readAs(latin)).as("%s as %s", syllables, latin).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"ivan", "한", "abc", "ali", "علي", "高山清司"})
    void wordsOfOneSyllableLatinOrArabicHaveNoReadingExceptHan(String word) {
        SoundReading reading = SoundReading.of(word);
        if (ChineseNames.isHan(word)) {
            assertThat(reading).isNotNull();
        } else {
            assertThat(reading).isNull();
        }
    }

    @ParameterizedTest
    @CsvSource({"德米特里, dmitry", "塔季扬娜, tatyana", "亚历山大, aleksandr", "亚历山大, alexander", "亚历山德罗维奇, aleksandrovich",
            "伊万, ivan", "米莱, milei", "鲁坚科, rudenko", "奥列什金, oreshkin", "维多利亚, viktoria"})
    void aChineseTranscriptionReadsByTheSoundsOfTheTables(String han, String latin) {
        assertThat(SoundReading.of(han).readAsTranscription(latin)).as("%s as %s", han, latin).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"伊万, ivo", "德米特里, demetrios", "塔季扬娜, tamara", "近平, jinping", "米莱, mirza"})
    void aChineseTranscriptionDoesNotReadAsAnotherName(String han, String latin) {
        assertThat(SoundReading.of(han).readAsTranscription(latin)).as("%s as %s", han, latin).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"清司, kiyoshi", "清司, seiji", "高山, takayama", "田中さくら, tanakasakura", "陽一, youichi", "陽一, yoichi"})
    void kanjiReadAsAJapaneseNameInEachOfItsReadings(String kanji, String latin) {
        assertThat(SoundReading.of(kanji).readAsJapaneseName(latin)).as("%s as %s", kanji, latin).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"清司, kenji", "高山, takahashi", "陽一, yuichi"})
    void kanjiDoNotReadAsAnotherJapaneseName(String kanji, String latin) {
        assertThat(SoundReading.of(kanji).readAsJapaneseName(latin)).as("%s as %s", kanji, latin).isFalse();
    }

    @org.junit.jupiter.api.Test
    void kanjiWithKanaCannotBeRead() {
        assertThat(SoundReading.unreadable("高山 きよし")).isTrue();
        assertThat(SoundReading.unreadable("高山清司")).isFalse();
        assertThat(SoundReading.unreadable("タカヤマ キヨシ")).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"빅토르, viktor", "흐레닌, khrenin", "マクシム, maksim", "Σουβάλοφ, shuvalov", "赫列宁, khrenin", "ウヴァロフ, uvarov"})
    void theConsonantKeyOfTheSyllablesIsTheLatinOnes(String syllables, String latin) {
        assertThat(SoundReading.of(syllables).key()).isEqualTo(SoundReading.key(latin));
    }

    @org.junit.jupiter.api.Test
    void consonantsLeaveOutVowelsAndH() {
        assertThat(SoundReading.consonants("khrenin")).isEqualTo(4);
        assertThat(SoundReading.consonants("ivan")).isEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource({"穆塔基, muttaki", "阿萨德, assad"})
    void aDoubledConsonantAcrossTwoSyllablesIsSaidOnce(String syllables, String latin) {
        assertThat(SoundReading.of(syllables).readAs(latin)).as("%s as %s", syllables, latin).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"rahim, 3", "havier, 3", "sarah, 2", "khan, 2", "john, 2"})
    void anHBeforeAVowelIsAConsonantTheSyllablesWrite(String latin, int consonants) {
        assertThat(SoundReading.consonants(latin)).isEqualTo(consonants);
    }
}
