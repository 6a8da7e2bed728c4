package org.passage.evidence;

import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a capture brings: the item's kind, a label, a URL and/or the original bytes, when it was captured and
 * a note. At least one of url/content; a URL alone is allowed but the item is flagged "no archived copy"
 * (Passage never fetches anything from the network). Validated on creation ({@link InvalidEvidence} names
 * the field); the locker checks what needs a clock or the organization's limits (capture time not in the
 * future, size, media type). {@link #toString()} is redacted: label, URL, note and bytes may be personal.
 */
public record EvidenceInput(Kind kind, String label, @Nullable URI url, byte @Nullable [] content,
                            @Nullable String fileName, @Nullable String mediaType, Instant capturedAt, String note,
                            boolean identifiesSource) {

    public enum Kind { WEB_PAGE, DOCUMENT, PHOTO, VIDEO, WITNESS_STATEMENT, OFFICIAL_RECORD, OTHER }

    public static final int MAX_LABEL = 200;
    public static final int MAX_URL = 2000;
    public static final int MAX_NOTE = 4000;
    public static final int MAX_FILE_NAME = 255;

    public EvidenceInput {
        if (kind == null) {
            throw new InvalidEvidence("kind", "evidence.error.kind");
        }
        label = label == null ? "" : label.strip();
        if (label.isEmpty()) {
            throw new InvalidEvidence("label", "evidence.error.label.required");
        }
        if (label.length() > MAX_LABEL || hasControl(label, false)) {
            throw new InvalidEvidence("label", "evidence.error.label.invalid", MAX_LABEL);
        }
        if (url != null) {
            checkUrl(url);
        }
        if (content != null && content.length == 0) {
            content = null;
        }
        if (url == null && content == null) {
            throw new InvalidEvidence("content", "evidence.error.source.required");
        }
        content = content == null ? null : content.clone();
        fileName = fileName == null || fileName.isBlank() || content == null ? null : baseName(fileName.strip());
        if (fileName != null && (fileName.length() > MAX_FILE_NAME || hasControl(fileName, false))) {
            throw new InvalidEvidence("content", "evidence.error.fileName", MAX_FILE_NAME);
        }
        mediaType = mediaType == null || mediaType.isBlank() || content == null ? null
                : mediaType.strip().toLowerCase(Locale.ROOT);
        if (capturedAt == null) {
            throw new InvalidEvidence("capturedAt", "evidence.error.capturedAt.required");
        }
        note = note == null ? "" : note.strip();
        if (note.length() > MAX_NOTE || hasControl(note, true)) {
            throw new InvalidEvidence("note", "evidence.error.note.invalid", MAX_NOTE);
        }
    }

    @Override
    public byte @Nullable [] content() {
        return content == null ? null : content.clone();
    }

    /** Whether there are original bytes to hash and keep. */
    public boolean hasContent() {
        return content != null;
    }

    private static void checkUrl(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        // Only web addresses: a javascript:, data: or file: "URL" is never a source and could run on the page.
        if (!(scheme.equals("https") || scheme.equals("http")) || url.getHost() == null
                || url.toString().length() > MAX_URL || url.getRawUserInfo() != null) {
            throw new InvalidEvidence("url", "evidence.error.url", MAX_URL);
        }
    }

    private static String baseName(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(slash + 1);
    }

    private static boolean hasControl(String text, boolean allowLineBreaks) {
        return text.codePoints().anyMatch(c -> Character.isISOControl(c)
                && !(allowLineBreaks && (c == '\n' || c == '\r' || c == '\t')));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EvidenceInput i && kind == i.kind && label.equals(i.label) && Objects.equals(url, i.url)
                && java.util.Arrays.equals(content, i.content) && Objects.equals(fileName, i.fileName)
                && Objects.equals(mediaType, i.mediaType) && capturedAt.equals(i.capturedAt) && note.equals(i.note)
                && identifiesSource == i.identifiesSource;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, label, url, java.util.Arrays.hashCode(content), capturedAt);
    }

    @Override
    public String toString() {
        return "EvidenceInput[" + kind + ", " + (content == null ? "no content" : content.length + " bytes")
                + ", url " + (url == null ? "none" : "REDACTED") + ", label/note REDACTED]";
    }
}
