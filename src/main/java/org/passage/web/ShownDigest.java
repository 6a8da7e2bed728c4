package org.passage.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What an edit form showed of a record, as a short digest its page carries in a hidden field. A record someone saved
 * from another tab since the form was shown has another digest, and its save is refused rather than putting back what
 * the form showed (the second tab used to overwrite the first silently). A digest, not the values: the hidden field
 * then repeats nothing personal, and any field of the record counts.
 */
public final class ShownDigest {

    private ShownDigest() {
    }

    /** The digest of these values, in order (null as empty). */
    public static String of(String... values) {
        StringBuilder all = new StringBuilder();
        for (String value : values) {
            all.append(value == null ? "" : value).append('\u0000');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(all.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
