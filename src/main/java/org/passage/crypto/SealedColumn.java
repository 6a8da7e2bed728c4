package org.passage.crypto;

import org.jspecify.annotations.Nullable;

/**
 * A column of sealed values, declared as a bean by the feature that owns the table so that key rotation can
 * re-encrypt it without knowing the feature. The table has a {@code uuid} id column and an organization column.
 * A column whose rows belong to a case names the column holding the case id ({@code caseColumn}): its values
 * are sealed under the case's key, and {@code passage keys seal-by-case} moves older values there.
 */
public record SealedColumn(String table, String column, String idColumn, String organizationColumn, @Nullable String caseColumn) {

    public SealedColumn {
        new AssociatedData(table, column, new java.util.UUID(0, 0)); // validates the identifiers
        new AssociatedData(idColumn, organizationColumn, new java.util.UUID(0, 0));
        if (caseColumn != null) {
            new AssociatedData(caseColumn, caseColumn, new java.util.UUID(0, 0));
        }
    }

    public SealedColumn(String table, String column, String idColumn, String organizationColumn) {
        this(table, column, idColumn, organizationColumn, null);
    }

    public static SealedColumn of(String table, String column) {
        return new SealedColumn(table, column, "id", "organization_id");
    }

    /** A column of values that belong to the case named in {@code caseColumn}; id {@code id}, organization {@code organization_id}. */
    public static SealedColumn ofCase(String table, String column, String caseColumn) {
        return new SealedColumn(table, column, "id", "organization_id", caseColumn);
    }

    /** This column, its rows belonging to the case named in {@code caseColumn}. */
    public SealedColumn byCase(String caseColumn) {
        return new SealedColumn(table, column, idColumn, organizationColumn, caseColumn);
    }

    public boolean belongsToCases() {
        return caseColumn != null;
    }
}
