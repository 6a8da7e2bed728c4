package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passage.screening.internal.NamePairs.score;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CantoneseReadingsTests {

    @ParameterizedTest
    @CsvSource({"zoeng, cheung", "zoeng, cheong", "wing, weng", "ceon, chun", "ceon, chon", "can, chan", "lei, lee", "daai, tai",
            "gwok, kwok", "jip, yip", "jip, ip", "jat, iat", "ceoi, tsui", "zi, tsz", "si, sze", "jyun, yuen", "syun, suen", "ng, ng",
            "sam, sum", "gaa, kar", "lo, law", "zung, chong", "sing, seng"})
    void aJyutpingSyllableIsSpelledAsHongKongAndMacauListsSpellIt(String jyutping, String latin) {
        assertThat(CantoneseReadings.spellings(jyutping)).contains(latin);
    }

    @ParameterizedTest
    @CsvSource({"永春, wingchun", "永春, wengchon", "大文, taiman", "振英, chunying", "嘉誠, kashing", "家衛, karwai", "一誠, iatseng"})
    void aGivenNameReadsInCantoneseJoined(String han, String latin) {
        assertThat(CantoneseReadings.readAs(CantoneseReadings.syllables(han), latin)).as("%s as %s", han, latin).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"永春, wingchung", "大文, taimen", "振英, chunyin", "永春, yongchun"})
    void anotherGivenNameOrTheMandarinDoesNot(String han, String latin) {
        assertThat(CantoneseReadings.readAs(CantoneseReadings.syllables(han), latin)).as("%s as %s", han, latin).isFalse();
    }

    @Test
    void aCharacterWithoutACantoneseReadingLeavesTheWordUnread() {
        assertThat(CantoneseReadings.syllables("A")).isNull();
        assertThat(CantoneseReadings.syllables("")).isNull();
        assertThat(CantoneseReadings.spellings('A')).isEmpty();
    }

    @Test
    void aHongKongOrMacauNameMeetsItsCharacters() {
        assertThat(score("Person", "Chan Tai Man", "陳大文")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("Person", "CHEONG Weng Chon", "張永春")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("Person", "Leung Chun-ying", "梁振英")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("Person", "Wong Kar Wai", "王家衛")).isGreaterThanOrEqualTo(0.70);
    }

    @Test
    void anotherHongKongNameDoesNot() {
        assertThat(score("Person", "Chan Tai Man", "陳永春")).isLessThan(0.70);
        assertThat(score("Person", "Cheung Wing Chun", "張大文")).isLessThan(0.70);
        assertThat(score("Person", "Lee Ka Shing", "李家衛")).isLessThan(0.70);
    }
}
