package org.passage.retention;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Proof that a case was erased, with no personal data: the case is named only by the SHA-256 of its organization and
 * code ({@link #caseCodeHash(UUID, String)}), so whoever holds the code (the person) can check that his case was
 * erased, and nobody can learn a code from the record. {@code statement} is the exact text the organization signed.
 */
public record DeletionRecord(UUID id, UUID organizationId, String caseCodeHash, Instant erasedAt, String rule, String requestedBy,
                             String confirmedBy, String statement, String keyId, byte[] signature) {

    public DeletionRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(statement, "statement");
        if (!caseCodeHash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("a case code hash is 64 hex digits");
        }
        signature = signature.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    /** The signed text: one field a line, in this order. */
    public static String statement(UUID id, UUID organizationId, String caseCodeHash, Instant erasedAt, String rule, String requestedBy,
                                   String confirmedBy) {
        return "passage-deletion-record/v1\n"
                + "record: " + id + "\n"
                + "organization: " + organizationId + "\n"
                + "case-code-sha256: " + caseCodeHash + "\n"
                + "erased-at: " + erasedAt + "\n"
                + "rule: " + rule + "\n"
                + "requested-by: " + requestedBy + "\n"
                + "confirmed-by: " + confirmedBy + "\n";
    }

    /** SHA-256 of {@code passage/deleted-case/v1/<organization>/<CODE>}, hex. */
    public static String caseCodeHash(UUID organizationId, String code) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(
                    ("passage/deleted-case/v1/" + organizationId + "/" + code.strip().toUpperCase(java.util.Locale.ROOT))
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "DeletionRecord[" + id + ", " + erasedAt + ", " + rule + "]";
    }
}
