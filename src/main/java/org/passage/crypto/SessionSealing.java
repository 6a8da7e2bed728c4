package org.passage.crypto;

/**
 * Seals what the web server keeps between a staff member's requests (the session: who is logged in, a TOTP secret
 * being enrolled, a CSRF token) before it is written to the shared database, so that a copy of the database shows
 * nothing of a login and a row altered there is refused instead of deserialized. One keyset for the installation,
 * wrapped by the master key, shared by every node that holds that key.
 */
public interface SessionSealing {

    byte[] seal(byte[] plaintext, byte[] associatedData);

    /** @throws UnsealingFailed when the value was altered, moved, or sealed under a key that is gone */
    byte[] open(byte[] sealed, byte[] associatedData);
}
