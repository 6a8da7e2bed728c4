package org.passage.evidence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.passage.evidence.EvidenceInput;
import org.passage.evidence.InvalidEvidence;

/** The capture form's text fields: kind from the list, URL parsed, the capture time read as UTC. */
class CaptureFormTests {

    @Test
    void aFilledFormBecomesAnInput() {
        var input = new CaptureForm("photo", "Patch", " https://example.org/p ", "2026-03-01T14:30", "seen at the border", true)
                .input(new byte[] {1}, "p.png", "image/png");
        assertThat(input.kind()).isEqualTo(EvidenceInput.Kind.PHOTO);
        assertThat(input.capturedAt()).isEqualTo(Instant.parse("2026-03-01T14:30:00Z"));
        assertThat(input.url()).hasToString("https://example.org/p");
        assertThat(input.identifiesSource()).isTrue();
    }

    @Test
    void badFieldsAreNamed() {
        assertField(new CaptureForm("WEAPON", "x", "", "2026-03-01T14:30", "", false), "kind");
        assertField(new CaptureForm("PHOTO", "x", "https://exa mple.org", "2026-03-01T14:30", "", false), "url");
        assertField(new CaptureForm("PHOTO", "x", "", "01/03/2026", "", false), "capturedAt");
        assertField(new CaptureForm("PHOTO", "x", "", "", "", false), "capturedAt");
        assertField(new CaptureForm("PHOTO", "", "", "2026-03-01T14:30", "", false), "label");
    }

    private static void assertField(CaptureForm form, String field) {
        assertThatThrownBy(() -> form.input(new byte[] {1}, null, null))
                .isInstanceOfSatisfying(InvalidEvidence.class, e -> assertThat(e.field()).isEqualTo(field));
    }
}
