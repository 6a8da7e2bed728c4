package org.passage.audit;

import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One audited action: {@code action} like "case.read", "case.update", "login.failed", "access.denied";
 * the record it concerns (type and id, e.g. "case", its uuid); the organization it belongs to (null for
 * installation-wide events); and a short detail that never contains personal data.
 */
public record AuditEvent(String action, String recordType, @Nullable String recordId, @Nullable UUID organizationId,
                         Outcome outcome, String detail) {

    public enum Outcome { SUCCESS, DENIED, FAILED }

    public AuditEvent {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(recordType, "recordType");
        Objects.requireNonNull(outcome, "outcome");
        detail = detail == null ? "" : detail;
        if (action.isBlank() || action.length() > 64 || detail.length() > 500) {
            throw new IllegalArgumentException("audit action must be 1..64 characters and detail at most 500");
        }
    }

    public static AuditEvent of(String action, String recordType, @Nullable Object recordId, @Nullable UUID organizationId) {
        return new AuditEvent(action, recordType, recordId == null ? null : recordId.toString(), organizationId, Outcome.SUCCESS, "");
    }

    public AuditEvent denied(String why) {
        return new AuditEvent(action, recordType, recordId, organizationId, Outcome.DENIED, why);
    }

    public AuditEvent failed(String why) {
        return new AuditEvent(action, recordType, recordId, organizationId, Outcome.FAILED, why);
    }

    /** The same event with a short detail (never personal data), e.g. "re-encrypted 120 values". */
    public AuditEvent withDetail(String detail) {
        return new AuditEvent(action, recordType, recordId, organizationId, outcome, detail);
    }
}
