package org.passage.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Every field of an evidence input is checked on creation and the fault named; nothing personal shows in logs. */
class EvidenceInputTests {

    private static final Instant AT = Instant.parse("2026-03-01T14:30:00Z");
    private static final byte[] BYTES = "a statement".getBytes(StandardCharsets.UTF_8);

    @Test
    void aFileOrAUrlIsEnough() {
        var file = new EvidenceInput(EvidenceInput.Kind.DOCUMENT, "  Military ID scan ", null, BYTES, "C:\\scans\\id.pdf",
                "Application/PDF", AT, "", false);
        assertThat(file.label()).isEqualTo("Military ID scan");
        assertThat(file.fileName()).isEqualTo("id.pdf");
        assertThat(file.mediaType()).isEqualTo("application/pdf");
        var url = new EvidenceInput(EvidenceInput.Kind.WEB_PAGE, "News", URI.create("https://example.org/a"), null, null, null, AT,
                "", false);
        assertThat(url.hasContent()).isFalse();
    }

    @Test
    void eachFaultIsNamed() {
        assertField(() -> new EvidenceInput(null, "x", null, BYTES, null, null, AT, "", false), "kind");
        assertField(() -> new EvidenceInput(EvidenceInput.Kind.PHOTO, " ", null, BYTES, null, null, AT, "", false), "label");
        assertField(() -> new EvidenceInput(EvidenceInput.Kind.PHOTO, "a\u0000b", null, BYTES, null, null, AT, "", false), "label");
        assertField(() -> new EvidenceInput(EvidenceInput.Kind.PHOTO, "x".repeat(201), null, BYTES, null, null, AT, "", false), "label");
        assertField(() -> new EvidenceInput(EvidenceInput.Kind.PHOTO, "x", null, new byte[0], null, null, AT, "", false), "content");
        assertField(() -> new EvidenceInput(EvidenceInput.Kind.PHOTO, "x", null, BYTES, null, null, null, "", false), "capturedAt");
        assertField(() -> new EvidenceInput(EvidenceInput.Kind.PHOTO, "x", null, BYTES, null, null, AT, "n".repeat(4001), false), "note");
        assertField(() -> new EvidenceInput(EvidenceInput.Kind.PHOTO, "x", null, BYTES, "n".repeat(256), null, AT, "", false), "content");
    }

    @Test
    void onlyWebAddressesAreUrls() {
        for (String bad : new String[] {"javascript:alert(1)", "file:///etc/passwd", "data:text/html,hi", "https://user:pw@example.org/",
                "/relative/path", "https://example.org/" + "a".repeat(2000)}) {
            assertField(() -> new EvidenceInput(EvidenceInput.Kind.WEB_PAGE, "x", URI.create(bad), null, null, null, AT, "", false), "url");
        }
        assertThat(new EvidenceInput(EvidenceInput.Kind.WEB_PAGE, "x", URI.create("http://example.org/old"), null, null, null, AT, "",
                false).url()).hasToString("http://example.org/old");
    }

    @Test
    void theBytesAreCopiedAndNeverPrinted() {
        byte[] bytes = BYTES.clone();
        var input = new EvidenceInput(EvidenceInput.Kind.WITNESS_STATEMENT, "Ivanov's account", URI.create("https://example.org/secret"),
                bytes, "ivanov.txt", null, AT, "met in Almaty", true);
        bytes[0] = 'X';
        assertThat(input.content()).isEqualTo(BYTES);
        assertThat(input.toString()).doesNotContain("Ivanov", "secret", "Almaty", "statement");
        var item = new EvidenceItem(java.util.UUID.randomUUID(), org.passage.cases.CaseId.random(), EvidenceInput.Kind.PHOTO,
                "Ivanov's photo", "https://example.org/secret", "ab".repeat(32), 3, "image/png", AT, "system", AT, true, true);
        assertThat(item.toString()).doesNotContain("Ivanov", "secret");
        assertThat(item.shortSha256()).isEqualTo("abababababab");
        assertThat(new CustodyEvent(AT, "system", CustodyEvent.Action.TRANSFERRED, "to the consulate in Yerevan").toString())
                .doesNotContain("Yerevan");
    }

    private static void assertField(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidEvidence.class, e -> assertThat(e.field()).isEqualTo(field));
    }
}
