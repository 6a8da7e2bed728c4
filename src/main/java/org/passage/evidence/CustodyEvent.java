package org.passage.evidence;

import java.time.Instant;
import java.util.Objects;

/**
 * One link in an item's chain of custody: when, who (staff id, or "system"), what, and the detail
 * (purpose, recipient, verification result). The detail may name a recipient, so {@link #toString()} is
 * redacted.
 */
public record CustodyEvent(Instant at, String actor, Action action, String detail) {

    public enum Action { CAPTURED, OPENED, TRANSFERRED, EXPORTED, VERIFIED }

    public CustodyEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        detail = detail == null ? "" : detail;
    }

    @Override
    public String toString() {
        return "CustodyEvent[" + at + ", " + actor + ", " + action + ", detail REDACTED]";
    }
}
