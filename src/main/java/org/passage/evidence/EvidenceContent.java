package org.passage.evidence;

import java.util.Objects;

/** An item's archived copy, decrypted, exactly as captured. The bytes never appear in {@link #toString()}. */
public record EvidenceContent(EvidenceItem item, byte[] bytes) {

    public EvidenceContent {
        Objects.requireNonNull(item, "item");
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EvidenceContent c && item.equals(c.item) && java.util.Arrays.equals(bytes, c.bytes);
    }

    @Override
    public int hashCode() {
        return item.hashCode();
    }

    @Override
    public String toString() {
        return "EvidenceContent[" + item.id() + ", " + bytes.length + " bytes REDACTED]";
    }
}
