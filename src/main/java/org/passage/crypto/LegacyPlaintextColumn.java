package org.passage.crypto;

import org.jspecify.annotations.Nullable;

/**
 * A column an earlier version kept in plaintext, which a migration moved aside to {@code plaintextColumn} because SQL
 * cannot seal. Declared as a bean by the feature that owns the table; at every start one runner seals each value into
 * {@code sealed} (under the case's key when the column belongs to cases), writes its blind index into {@code indexColumn}
 * when one is named (for lookups by value, under {@code indexPurpose}), and empties the plaintext.
 */
public record LegacyPlaintextColumn(SealedColumn sealed, String plaintextColumn, @Nullable String indexColumn, @Nullable String indexPurpose) {

    public LegacyPlaintextColumn {
        new AssociatedData(sealed.table(), plaintextColumn, new java.util.UUID(0, 0)); // validates the identifier
        if ((indexColumn == null) != (indexPurpose == null)) {
            throw new IllegalArgumentException("a blind index needs both its column and its purpose");
        }
        if (indexColumn != null) {
            new AssociatedData(indexColumn, indexPurpose, new java.util.UUID(0, 0));
        }
    }

    /** {@code <column>_plaintext} sealed into {@code sealed}, no index. */
    public static LegacyPlaintextColumn of(SealedColumn sealed) {
        return new LegacyPlaintextColumn(sealed, sealed.column() + "_plaintext", null, null);
    }
}
