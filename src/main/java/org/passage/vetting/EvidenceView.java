package org.passage.vetting;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An evidence item attached to a finding (from the evidence locker), without its content. */
public record EvidenceView(UUID id, String label, @Nullable String url, String sha256, Instant capturedAt,
                           String capturedBy, boolean identifiesSource) {

    @Override
    public String toString() {
        return "EvidenceView[" + id + ", redacted]";
    }
}
