package org.passage.datasets;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One retrieval of a dataset as recorded: when, from where, its SHA-256 (over every file's path and hash), size,
 * record count and what changed since the previous version; {@code status} LIVE (answering), SUPERSEDED, or
 * FAILED with the error that names the dataset, the address and the fault.
 */
public record DatasetVersion(UUID id, String dataset, Instant retrievedAt, String origin, @Nullable String sha256, long sizeBytes,
                             long records, String change, Status status, @Nullable String error) {

    public enum Status {
        LIVE, SUPERSEDED, FAILED
    }

    /** "2026-12-06 3f2a9c1e": the date and the SHA-256 prefix a finding cites. */
    public String label() {
        return retrievedAt.toString().substring(0, 10) + (sha256 == null ? "" : " " + sha256.substring(0, 8));
    }
}
