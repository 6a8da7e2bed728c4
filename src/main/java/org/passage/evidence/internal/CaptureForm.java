package org.passage.evidence.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.passage.evidence.EvidenceInput;
import org.passage.evidence.InvalidEvidence;

/**
 * What the capture form sends, as typed. {@link #input} turns it into an {@link EvidenceInput} or names the
 * first field at fault; the capture time is read as UTC (the page says so), since a court compares it with
 * other UTC records.
 */
record CaptureForm(@Nullable String kind, @Nullable String label, @Nullable String url, @Nullable String capturedAt,
                   @Nullable String note, boolean identifiesSource) {

    static CaptureForm empty(LocalDateTime nowUtc) {
        return new CaptureForm("", "", "", nowUtc.withSecond(0).withNano(0).toString(), "", false);
    }

    EvidenceInput input(byte @Nullable [] content, @Nullable String fileName, @Nullable String mediaType) {
        return new EvidenceInput(kindValue(), label == null ? "" : label, urlValue(), content, fileName, mediaType,
                capturedAtValue(), note == null ? "" : note, identifiesSource);
    }

    private EvidenceInput.Kind kindValue() {
        try {
            return EvidenceInput.Kind.valueOf(kind == null ? "" : kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidEvidence("kind", "evidence.error.kind");
        }
    }

    private @Nullable URI urlValue() {
        String text = url == null ? "" : url.strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            throw new InvalidEvidence("url", "evidence.error.url", EvidenceInput.MAX_URL);
        }
    }

    private java.time.Instant capturedAtValue() {
        String text = capturedAt == null ? "" : capturedAt.strip();
        if (text.isEmpty()) {
            throw new InvalidEvidence("capturedAt", "evidence.error.capturedAt.required");
        }
        try {
            return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new InvalidEvidence("capturedAt", "evidence.error.capturedAt.format");
        }
    }

    @Override
    public String toString() {
        return "CaptureForm[" + kind + ", REDACTED]";
    }
}
