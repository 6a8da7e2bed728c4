package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/** Any text as a Korean name in Hanja, and any word as a Latin name said aloud: read or not, and nothing fails. */
class KoreanHanjaFuzzTests {

    @FuzzTest(maxDuration = "15s")
    void anyTextIsReadOrNotAndNothingFails(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        assertThat(KoreanHanja.readings(text)).hasSizeLessThanOrEqualTo(KoreanHanja.MAX_READINGS);
        String hangul = KoreanHanja.hangulName(text);
        if (hangul != null) {
            assertThat(hangul).hasSameSizeAs(text.strip());
            assertThat(KoreanNames.isHangul(hangul.replace(" ", ""))).isTrue();
        }
        for (String said : LoanwordSpelling.said(text)) {
            assertThat(said).isNotEmpty().isNotEqualTo(text);
        }
    }
}
