package org.passage.crypto;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Where a ciphertext belongs: table, column and row. Bound into the AEAD so a ciphertext copied into another
 * row or column (by an attacker with database access) fails to decrypt instead of showing the wrong person's data.
 */
public record AssociatedData(String table, String column, UUID rowId) {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    public AssociatedData {
        if (!IDENTIFIER.matcher(table).matches() || !IDENTIFIER.matcher(column).matches()) {
            throw new IllegalArgumentException("table and column must be SQL identifiers: " + table + "." + column);
        }
    }

    public byte[] bytes() {
        return ("passage/v1/" + table + "/" + column + "/" + rowId).getBytes(StandardCharsets.UTF_8);
    }
}
