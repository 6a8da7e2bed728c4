package org.passage.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Where a ciphertext belongs: table, column and row. Bound into the AEAD so a ciphertext copied into another
 * row or column (by an attacker with database access) fails to decrypt instead of showing the wrong person's data.
 * A value that belongs to a case names it ({@link #inCase}): it is then sealed under that case's own key, which
 * erasing the case destroys (crypto-shredding, see {@link CaseKeys}).
 */
public record AssociatedData(String table, String column, UUID rowId, @Nullable UUID caseId) {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    public AssociatedData {
        if (!IDENTIFIER.matcher(table).matches() || !IDENTIFIER.matcher(column).matches()) {
            throw new IllegalArgumentException("table and column must be SQL identifiers: " + table + "." + column);
        }
        Objects.requireNonNull(rowId, "rowId");
    }

    /** A value that belongs to no case (a staff member's name, an organization's setting). */
    public AssociatedData(String table, String column, UUID rowId) {
        this(table, column, rowId, null);
    }

    /** A value of case {@code caseId}: sealed under the case's key. */
    public static AssociatedData ofCase(UUID caseId, String table, String column, UUID rowId) {
        return new AssociatedData(table, column, rowId, Objects.requireNonNull(caseId, "caseId"));
    }

    /** The same place, as a value of case {@code caseId}. */
    public AssociatedData inCase(UUID caseId) {
        return ofCase(caseId, table, column, rowId);
    }

    /** The place without its case (what values sealed before per-case keys were bound to). */
    public AssociatedData withoutCase() {
        return new AssociatedData(table, column, rowId);
    }

    public byte[] bytes() {
        return ("passage/v1/" + table + "/" + column + "/" + rowId).getBytes(StandardCharsets.UTF_8);
    }
}
