package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/** Any text cut into Burmese syllables and spelled, and any word read as letter names: never a failure, only Latin letters out. */
class MyanmarSpellingFuzzTests {

    @FuzzTest(maxDuration = "15s")
    void anyTextIsCutAndSpelledSafely(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        if (MyanmarSpelling.isMyanmar(text)) {
            assertThat(String.join("", MyanmarSpelling.syllables(text))).isEqualTo(text);
        }
        for (String spelling : MyanmarSpelling.wordSpellings(text)) {
            assertThat(spelling).matches("[a-z]*");
        }
        String letters = LetterNames.spelled(text);
        if (letters != null) {
            assertThat(letters).matches("[a-z]{1,5}");
        }
        new NameParser().parse(text);
    }
}
