package org.passage.evidence.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of file kept as evidence, recognized by their first bytes (never by the name or the browser's
 * claim): images, PDF, MP4/QuickTime video, and UTF-8 text (a saved web page, a typed statement). Unlike case
 * documents nothing is stripped: the hash must match the original. Downloads are always attachments, so a
 * saved HTML page is never rendered by Passage.
 */
enum EvidenceType {
    JPEG("image/jpeg", 0, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", 0, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
    GIF("image/gif", 0, new byte[] {'G', 'I', 'F', '8'}),
    PDF("application/pdf", 0, new byte[] {'%', 'P', 'D', 'F', '-'}),
    MP4("video/mp4", 4, new byte[] {'f', 't', 'y', 'p'}),
    TEXT("text/plain", 0, new byte[0]);

    /** As for case documents (the upload limit is 11 MB): keeps a hostile upload from filling the database. */
    static final int MAX_BYTES = 10 * 1024 * 1024;

    private final String mediaType;
    private final int offset;
    private final byte[] magic;

    EvidenceType(String mediaType, int offset, byte[] magic) {
        this.mediaType = mediaType;
        this.offset = offset;
        this.magic = magic;
    }

    String mediaType() {
        return mediaType;
    }

    static Optional<EvidenceType> of(byte[] content) {
        for (EvidenceType type : values()) {
            if (type == TEXT) {
                continue;
            }
            int end = type.offset + type.magic.length;
            if (content.length >= end && Arrays.equals(content, type.offset, end, type.magic, 0, type.magic.length)) {
                return Optional.of(type);
            }
        }
        return isText(content) ? Optional.of(TEXT) : Optional.empty();
    }

    /** Valid UTF-8 without NUL or other binary control characters. */
    private static boolean isText(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return text.chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f');
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
