package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HangulCompoundsTests {

    private static final NameParser PARSER = new NameParser();

    private static boolean writtenAsOne(String latin, String hangul) {
        ParsedName parts = PARSER.parse(latin);
        // the word as a part of a longer name reads it (alone, a short Hangul word is cut as a Korean surname and given name)
        return HangulCompounds.writtenAsOne(parts.tokens(), 0, parts.size(), PARSER.token(hangul));
    }

    @Test
    void theHalvesOfAHyphenatedNameWrittenAsOneHangulWord() {
        assertThat(writtenAsOne("Annisette-George", "애니셋조지")).isTrue();
        assertThat(writtenAsOne("Abdul-Rahman", "압둘라흐만")).isTrue();
    }

    @Test
    void theArabicArticleWrittenWithItsNoun() {
        assertThat(writtenAsOne("al-Assad", "알아사드")).isTrue();
    }

    @Test
    void partsThatDoNotReadAsTheRunsAreNotJoined() {
        assertThat(writtenAsOne("Annisette-Brown", "애니셋조지")).isFalse();
        assertThat(writtenAsOne("Abdul-Karim", "압둘라흐만")).isFalse();
        assertThat(writtenAsOne("Annisette", "애니셋조지")).isFalse(); // one Latin part is not a run of syllables
    }

    private static double score(String a, String b) {
        return NamePairs.score("Person", a, b);
    }

    @Test
    void aForeignCompoundNameInHangulIsFoundWhereTheLatinWritingSplitsIt() {
        assertThat(score("Bridgid Annisette-George", "브리지드 애니셋조지")).isGreaterThanOrEqualTo(0.7);
        assertThat(score("Bashar al-Assad", "바샤르 알아사드")).isGreaterThanOrEqualTo(0.7);
        assertThat(score("Bridgid Annisette-Brown", "브리지드 애니셋조지")).isLessThan(0.7);
    }
}
