package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/** Any two texts read as Arabic names in Latin letters: an answer, the same both ways, and never a failure. */
class ArabicNamesFuzzTests {

    @FuzzTest(maxDuration = "15s")
    void anyTwoTextsAreComparedSafelyAndSymmetrically(FuzzedDataProvider data) {
        String a = data.consumeString(80);
        String b = data.consumeRemainingAsString();
        assertThat(ArabicNames.sameName(a, b)).isEqualTo(ArabicNames.sameName(b, a));
        ArabicNames.honorificJoined(a, b);
        assertThat(ArabicNames.withoutJoints(a)).isNotNull();
        ArabicNames.Reading reading = new ArabicNames.Reading();
        assertThat(ArabicNames.read(a, reading)).isBetween(-1, ArabicNames.MAX_SLOTS);
    }
}
