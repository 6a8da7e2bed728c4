package org.passage.cases;

import java.util.Objects;
import java.util.UUID;

/** A case's identity. Random, so ids reveal neither order nor count of cases. */
public record CaseId(UUID value) {

    public CaseId {
        Objects.requireNonNull(value, "value");
    }

    public static CaseId random() {
        return new CaseId(UUID.randomUUID());
    }

    /** Parses a path segment; a malformed id is treated like an unknown one by callers (no detail leaks). */
    public static CaseId parse(String text) {
        return new CaseId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
