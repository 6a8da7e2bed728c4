package org.passage.cases.internal;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A caseworker's note on a case: personal, sealed, never printed. */
public record CaseNote(UUID id, String body, Instant writtenAt, @Nullable UUID writtenBy) {

    static final int MAX_BODY = 4000;

    public CaseNote {
        body = body == null ? "" : body.strip().replace("\r\n", "\n");
        if (body.isEmpty()) {
            throw new InvalidCaseInput("body", "cases.notes.error.empty");
        }
        if (body.length() > MAX_BODY) {
            throw new InvalidCaseInput("body", "cases.details.error.long", MAX_BODY);
        }
        if (body.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
            throw new InvalidCaseInput("body", "cases.details.error.control");
        }
    }

    @Override
    public String toString() {
        return "CaseNote[" + id + ", REDACTED]";
    }
}
