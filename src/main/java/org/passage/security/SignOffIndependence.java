package org.passage.security;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * Whether the second sign-off of a two-person decision comes from a second person, as far as Passage can tell from
 * the browser's random device mark and the network address (nothing else of the browser is looked at). Features with a
 * two-person rule ask it for the current request before the second sign-off, refuse it on {@link Verdict#refused()},
 * and hand the flags back to {@link #flag} once the sign-off is stored. It cannot tell one person with two browsers
 * on two networks from two people (docs/security.md).
 */
public interface SignOffIndependence {

    /** What Passage could not rule out although it let the sign-off through. */
    enum Flag {
        /** The second signer's request came from a network address the first signer used in the recent window. */
        SAME_ADDRESS,
        /** Both accounts completed a login in one browser at some time. */
        SHARED_DEVICE
    }

    /**
     * {@code sameDevice}: this browser is one the first signer logged in with; {@code deviceUnknown}: the request carries
     * no device mark (cookies cleared since login), so nothing could be checked.
     */
    record Verdict(boolean sameDevice, boolean deviceUnknown, Set<Flag> flags) {
        public Verdict {
            flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
        }

        public boolean refused() {
            return sameDevice || deviceUnknown;
        }
    }

    /** Remembers the network address of a first sign-off (a proposal), so that a second one from there is flagged. */
    void firstSignOff();

    /** The current request, as the second sign-off, against everything recorded of {@code firstSigner}. */
    Verdict secondSignOff(UUID firstSigner);

    /**
     * Stores and audits a flagged second sign-off for the organization's admins: {@code recordType} and {@code recordId}
     * name what was signed (e.g. "vetting_decision" and its id), never its content.
     */
    void flag(UUID organizationId, String recordType, UUID recordId, UUID firstSigner, UUID secondSigner, Set<Flag> flags);
}
