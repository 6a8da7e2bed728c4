package org.passage.audit.internal;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.audit.AuditEvent.Outcome;

/**
 * One row of the audit chain as stored. Its {@code hash} is the HMAC of {@link #message(long)}: every field,
 * its sequence number and the previous row's hash, each length-prefixed so no two rows encode alike.
 */
record ChainedEvent(long sequence, Instant occurredAt, String actor, @Nullable String sessionHash,
                    @Nullable UUID organizationId, String action, String recordType, @Nullable String recordId,
                    Outcome outcome, String detail, byte[] previousHash, byte[] hash) {

    static final byte[] GENESIS = new byte[32];

    ChainedEvent {
        Objects.requireNonNull(occurredAt);
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS); // what PostgreSQL keeps
    }

    /** The bytes the HMAC covers, as if this row stood at {@code position} (verification tries neighbours to spot moves). */
    byte[] message(long position) {
        var bytes = new ByteArrayOutputStream(256);
        try (var out = new DataOutputStream(bytes)) {
            out.write("passage/audit/v1".getBytes(StandardCharsets.US_ASCII));
            out.writeLong(position);
            out.writeLong(occurredAt.getEpochSecond() * 1_000_000 + occurredAt.getNano() / 1_000);
            text(out, actor);
            text(out, sessionHash);
            text(out, organizationId == null ? null : organizationId.toString());
            text(out, action);
            text(out, recordType);
            text(out, recordId);
            text(out, outcome.name());
            text(out, detail);
            out.writeInt(previousHash.length);
            out.write(previousHash);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    ChainedEvent sealedWith(AuditChainKey key) {
        return new ChainedEvent(sequence, occurredAt, actor, sessionHash, organizationId, action, recordType, recordId,
                outcome, detail, previousHash, key.mac(message(sequence)));
    }

    boolean verifiesAt(long position, AuditChainKey key) {
        return MessageDigest.isEqual(hash, key.mac(message(position)));
    }

    private static void text(DataOutputStream out, @Nullable String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ChainedEvent e && sequence == e.sequence && Arrays.equals(hash, e.hash);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(sequence) * 31 + Arrays.hashCode(hash);
    }

    @Override
    public String toString() {
        return "ChainedEvent[" + sequence + " " + action + " " + recordType + " " + outcome + "]";
    }
}
