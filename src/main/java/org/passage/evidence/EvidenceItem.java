package org.passage.evidence;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.cases.CaseId;

/**
 * An evidence item as kept: {@code sha256} (lower-case hex) of the original bytes, null when only a URL was
 * recorded ({@code archived} false: there is no copy to hash). {@code capturedBy} is the capturing staff
 * member's id. Label and URL may be personal, so {@link #toString()} is redacted.
 */
public record EvidenceItem(UUID id, CaseId caseId, EvidenceInput.Kind kind, String label, @Nullable String url,
                           @Nullable String sha256, long size, @Nullable String mediaType, Instant capturedAt,
                           String capturedBy, Instant storedAt, boolean identifiesSource, boolean archived) {

    public EvidenceItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(capturedAt, "capturedAt");
        Objects.requireNonNull(capturedBy, "capturedBy");
        Objects.requireNonNull(storedAt, "storedAt");
        if (archived != (sha256 != null)) {
            throw new IllegalArgumentException("an archived item has a SHA-256, an unarchived one has none");
        }
    }

    /** The first 12 hex digits, for lists; the details page shows the whole hash. */
    public String shortSha256() {
        return sha256 == null ? "" : sha256.substring(0, Math.min(12, sha256.length()));
    }

    @Override
    public String toString() {
        return "EvidenceItem[" + id + ", case " + caseId + ", " + kind + ", sha256 " + sha256 + ", " + size
                + " bytes, label/url REDACTED]";
    }
}
