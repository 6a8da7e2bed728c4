package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/** Any text with its Arabic legal forms joined: never a failure, never longer than a few spaces more, and parsed safely. */
class AbjadLegalFormsFuzzTests {

    @FuzzTest(maxDuration = "15s")
    void anyTextIsJoinedSafely(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        String joined = AbjadLegalForms.joined(text);
        assertThat(joined.replace(" ", "").length()).isLessThanOrEqualTo(text.replace(" ", "").length());
        new NameParser().parse(text);
    }
}
