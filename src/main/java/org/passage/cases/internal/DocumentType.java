package org.passage.cases.internal;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of file a case accepts, recognized by their first bytes (never by the name or the browser's claim):
 * JPEG and PNG images (stored without their metadata) and PDF documents.
 */
enum DocumentType {
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'});

    /** Larger than any scan or photo a caseworker needs; keeps a hostile upload from filling the database. */
    static final int MAX_BYTES = 10 * 1024 * 1024;

    private final String mediaType;
    private final byte[] magic;

    DocumentType(String mediaType, byte[] magic) {
        this.mediaType = mediaType;
        this.magic = magic;
    }

    String mediaType() {
        return mediaType;
    }

    static Optional<DocumentType> of(byte[] content) {
        return Arrays.stream(values())
                .filter(t -> content.length >= t.magic.length && Arrays.equals(content, 0, t.magic.length, t.magic, 0, t.magic.length))
                .findFirst();
    }

    static Optional<DocumentType> ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(t -> t.mediaType.equals(mediaType)).findFirst();
    }
}
