package org.passage.evidence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.passage.evidence.InvalidEvidence;

/** The hash taken while the bytes stream in is the standard SHA-256; the size limit stops the stream; types come from the bytes. */
class OriginalTests {

    @Test
    void theStreamedHashIsTheStandardSha256() throws Exception {
        // FIPS 180-2 test vector
        var original = Original.read(new ByteArrayInputStream("abc".getBytes(StandardCharsets.US_ASCII)), 10);
        assertThat(original.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(Original.sha256(new byte[0])).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        byte[] big = new byte[300_000];
        big[123_456] = 7;
        assertThat(Original.read(new ByteArrayInputStream(big), big.length).sha256()).isEqualTo(Original.sha256(big));
        assertThat(Original.of(big).bytes()).isEqualTo(big);
    }

    @Test
    void aStreamPastTheLimitIsRefused() {
        assertThatThrownBy(() -> Original.read(new ByteArrayInputStream(new byte[101]), 100))
                .isInstanceOfSatisfying(InvalidEvidence.class, e -> assertThat(e.field()).isEqualTo("content"));
    }

    @Test
    void typesAreRecognizedByTheirFirstBytes() {
        assertThat(EvidenceType.of(DemoEvidence.picture())).contains(EvidenceType.PNG);
        assertThat(EvidenceType.of("%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII))).contains(EvidenceType.PDF);
        assertThat(EvidenceType.of(new byte[] {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'm', 'p', '4', '2'})).contains(EvidenceType.MP4);
        assertThat(EvidenceType.of("Показания, записанные 1 марта.\nВторая строка.".getBytes(StandardCharsets.UTF_8)))
                .contains(EvidenceType.TEXT);
        assertThat(EvidenceType.of(new byte[] {'M', 'Z', 0, 1, 2})).isEmpty();
        assertThat(EvidenceType.of(new byte[] {(byte) 0xC3, (byte) 0x28})).isEmpty();
    }
}
