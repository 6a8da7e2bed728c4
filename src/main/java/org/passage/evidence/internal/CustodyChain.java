package org.passage.evidence.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.evidence.CustodyEvent;

/**
 * The hash chain of one item's custody log: each link's hash covers the previous link's hash and every field of
 * its own row (the sealed detail by its SHA-256), so removing, reordering or editing a row shows. Pure
 * computation; the log stores and reads the links.
 */
final class CustodyChain {

    static final byte[] GENESIS = new byte[32];

    private CustodyChain() {
    }

    /**
     * One stored link. {@code detail} is the sealed detail as stored (null when there is none); {@code detailSha256} the
     * hex SHA-256 the hash covers: of the detail as first written, which re-sealing it under the case's key replaced.
     */
    record Link(UUID id, UUID evidenceId, int position, Instant at, String actor, CustodyEvent.Action action,
                byte @Nullable [] detail, byte[] previousHash, byte[] hash, @Nullable String detailSha256) {

        /** A link whose detail is as first written. */
        Link(UUID id, UUID evidenceId, int position, Instant at, String actor, CustodyEvent.Action action,
             byte @Nullable [] detail, byte[] previousHash, byte[] hash) {
            this(id, evidenceId, position, at, actor, action, detail, previousHash, hash, detail == null ? null : Original.sha256(detail));
        }

        @Override
        public String toString() {
            return "Link[" + evidenceId + " #" + position + " " + action + "]";
        }
    }

    /** Timestamps are kept at PostgreSQL's precision, so a hash computed before storing matches the one re-computed after. */
    static Instant stored(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    static byte[] hash(byte[] previousHash, UUID id, UUID evidenceId, int position, Instant at, String actor,
                       CustodyEvent.Action action, byte @Nullable [] detail) {
        return hashOfDigest(previousHash, id, evidenceId, position, at, actor, action, detail == null ? null : Original.sha256(detail));
    }

    /** As {@link #hash}, given the detail's hex SHA-256. */
    static byte[] hashOfDigest(byte[] previousHash, UUID id, UUID evidenceId, int position, Instant at, String actor,
                               CustodyEvent.Action action, @Nullable String detailSha256) {
        MessageDigest digest = Original.sha256Digest();
        digest.update(previousHash);
        String fields = String.join("|", "passage/custody/v1", id.toString(), evidenceId.toString(), Integer.toString(position),
                stored(at).toString(), actor, action.name(), detailSha256 == null ? "-" : detailSha256);
        digest.update(fields.getBytes(StandardCharsets.UTF_8));
        return digest.digest();
    }

    /** The position of the first link that does not fit (wrong order, wrong previous hash, wrong own hash), or -1 if intact. */
    static int firstBroken(List<Link> inOrder) {
        byte[] previous = GENESIS;
        for (int i = 0; i < inOrder.size(); i++) {
            Link link = inOrder.get(i);
            byte[] expected = hashOfDigest(previous, link.id(), link.evidenceId(), link.position(), link.at(), link.actor(), link.action(),
                    link.detailSha256());
            if (link.position() != i || !MessageDigest.isEqual(previous, link.previousHash())
                    || !MessageDigest.isEqual(expected, link.hash())) {
                return i;
            }
            previous = link.hash();
        }
        return -1;
    }

    static String hex(byte[] hash) {
        return HexFormat.of().formatHex(hash);
    }
}
