package org.passage.crypto;

/**
 * A column of sealed values, declared as a bean by the feature that owns the table so that key rotation can
 * re-encrypt it without knowing the feature. The table has a {@code uuid} id column and an organization column.
 */
public record SealedColumn(String table, String column, String idColumn, String organizationColumn) {

    public SealedColumn {
        new AssociatedData(table, column, new java.util.UUID(0, 0)); // validates the identifiers
        new AssociatedData(idColumn, organizationColumn, new java.util.UUID(0, 0));
    }

    public static SealedColumn of(String table, String column) {
        return new SealedColumn(table, column, "id", "organization_id");
    }
}
