package org.passage.crypto;

import java.util.Arrays;

/**
 * A ciphertext as stored in a {@code bytea} column. It never shows its bytes in logs: {@link #toString()} is
 * redacted, and only {@link Sealing#open} turns it back into text.
 */
public record SealedText(byte[] ciphertext) {

    public SealedText {
        if (ciphertext == null || ciphertext.length == 0) {
            throw new IllegalArgumentException("a sealed text has ciphertext");
        }
        ciphertext = ciphertext.clone();
    }

    @Override
    public byte[] ciphertext() {
        return ciphertext.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SealedText s && Arrays.equals(ciphertext, s.ciphertext);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(ciphertext);
    }

    @Override
    public String toString() {
        return "SealedText[" + ciphertext.length + " bytes, REDACTED]";
    }
}
