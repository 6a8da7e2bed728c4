package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/** Any Hangul (or other text) read as a Chinese name: a few Pinyin readings in ASCII letters or none, and nothing fails. */
class ChineseNamesInHangulFuzzTests {

    @FuzzTest(maxDuration = "15s")
    void anyWordIsReadOrNotAndNothingFails(FuzzedDataProvider data) {
        String text;
        if (data.consumeBoolean()) {
            StringBuilder hangul = new StringBuilder();
            int n = data.consumeInt(1, 12);
            for (int i = 0; i < n; i++) {
                hangul.append((char) data.consumeInt(0xAC00, 0xD7A3));
            }
            text = hangul.toString();
        } else {
            text = data.consumeRemainingAsString();
        }
        assertThat(ChineseNamesInHangul.pinyin(text)).hasSizeLessThanOrEqualTo(8)
                .allSatisfy(reading -> assertThat(reading).matches("[a-z]+"));
        assertThat(String.join("", KoreanNames.split(text))).isEqualTo(text);
    }
}
