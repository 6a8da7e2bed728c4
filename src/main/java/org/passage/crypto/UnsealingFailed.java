package org.passage.crypto;

/**
 * A sealed value did not open: it was moved from its row, column or organization, it was altered, or the key
 * it was sealed with is gone. The message names where the value was read, never its content.
 */
public final class UnsealingFailed extends RuntimeException {

    public UnsealingFailed(String message) {
        super(message);
    }
}
