package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/** Any text as a Japanese name: readings are found or not, never more than the limit, and nothing fails. */
class JapaneseReadingFuzzTests {

    @FuzzTest(maxDuration = "15s")
    void anyTextIsReadOrNotAndNothingFails(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        assertThat(JapaneseReading.readings(text)).hasSizeLessThanOrEqualTo(JapaneseReading.MAX_READINGS);
        String cut = JapaneseReading.surnameAndGivenName(text);
        if (cut != null) {
            assertThat(cut.replace(" ", "")).isEqualTo(text);
        }
        JapaneseReading.readsAll(text);
    }
}
