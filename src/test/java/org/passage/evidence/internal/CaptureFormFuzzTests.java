package org.passage.evidence.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.passage.evidence.EvidenceInput;
import org.passage.evidence.InvalidEvidence;

/**
 * Any text in any field of the capture form and any bytes as a file: the result is a valid input or an
 * {@link InvalidEvidence} naming a field, never another exception; the type check never fails either.
 */
class CaptureFormFuzzTests {

    @FuzzTest(maxDuration = "20s")
    void anyFormIsAnInputOrANamedFault(FuzzedDataProvider data) {
        var form = new CaptureForm(data.consumeString(20), data.consumeString(300), data.consumeString(300), data.consumeString(30),
                data.consumeString(500), data.consumeBoolean());
        String fileName = data.consumeString(300);
        byte[] bytes = data.consumeRemainingAsBytes();
        try {
            EvidenceInput input = form.input(bytes, fileName, "application/octet-stream");
            assertThat(input.label()).isNotBlank().hasSizeLessThanOrEqualTo(EvidenceInput.MAX_LABEL);
            assertThat(input.url() != null || input.hasContent()).isTrue();
            if (input.url() != null) {
                assertThat(input.url().getScheme().toLowerCase(java.util.Locale.ROOT)).isIn("http", "https");
            }
        } catch (InvalidEvidence e) {
            assertThat(e.field()).isIn("kind", "label", "url", "content", "capturedAt", "note");
        }
        EvidenceType.of(bytes);
    }
}
