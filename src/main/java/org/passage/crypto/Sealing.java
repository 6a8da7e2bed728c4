package org.passage.crypto;

import java.util.UUID;

/**
 * The one way features encrypt personal data. Each organization has its own data keyset; a value sealed for
 * one row and column opens only there ({@link AssociatedData}). Blind indexes are keyed HMACs for exact
 * lookup (a case code, a Telegram handle) that reveal nothing without the organization's key.
 */
public interface Sealing {

    SealedText seal(UUID organizationId, String plaintext, AssociatedData where);

    String open(UUID organizationId, SealedText sealed, AssociatedData where);

    /** A keyed, deterministic index of {@code value} (normalized by the caller) for the given purpose, e.g. "case_code". */
    byte[] blindIndex(UUID organizationId, String purpose, String value);
}
