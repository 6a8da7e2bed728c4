package org.passage.crypto.internal;

import com.google.crypto.tink.Aead;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.passage.crypto.AssociatedData;
import org.passage.crypto.SealedText;
import org.passage.crypto.Sealing;
import org.passage.crypto.UnsealingFailed;
import org.springframework.stereotype.Component;

/**
 * {@link Sealing} with Tink: AES256-GCM under the organization's data keyset, the associated data binding
 * each ciphertext to its table, column, row and organization; blind indexes are HMAC-SHA256 under the
 * organization's separate index keyset. A value of a case is sealed under the case's own keyset instead and
 * carries the case id in front ({@link #CASE_MARK}, version, 16 bytes), so that opening it needs nothing from the
 * caller but its place, and values sealed before per-case keys existed still open under the organization's key.
 */
@Component
class TinkSealing implements Sealing {

    /** First byte of a value sealed under a case key; an organization-key value starts with Tink's 0x01. */
    static final byte CASE_MARK = 0x43;
    private static final byte CASE_FORMAT = 1;
    private static final int CASE_HEADER = 2 + 16;
    private static final Pattern PURPOSE = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private final DataKeys keys;
    private final CaseKeyring caseKeys;

    TinkSealing(DataKeys keys, CaseKeyring caseKeys) {
        this.keys = keys;
        this.caseKeys = caseKeys;
    }

    @Override
    public SealedText seal(UUID organizationId, String plaintext, AssociatedData where) {
        byte[] bytes = plaintext.getBytes(StandardCharsets.UTF_8);
        try {
            UUID caseId = where.caseId();
            if (caseId == null) {
                return new SealedText(keys.keys(organizationId).aead().encrypt(bytes, bound(organizationId, where)));
            }
            byte[] sealed = caseKeys.forSealing(organizationId, caseId).encrypt(bytes, boundToCase(organizationId, where, caseId));
            return new SealedText(ByteBuffer.allocate(CASE_HEADER + sealed.length).put(CASE_MARK).put(CASE_FORMAT)
                    .putLong(caseId.getMostSignificantBits()).putLong(caseId.getLeastSignificantBits()).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not seal a value for " + where.table() + "." + where.column(), e);
        }
    }

    @Override
    public String open(UUID organizationId, SealedText sealed, AssociatedData where) {
        byte[] ciphertext = sealed.ciphertext();
        if (ciphertext.length > CASE_HEADER && ciphertext[0] == CASE_MARK) {
            return openCaseValue(organizationId, ciphertext, where);
        }
        byte[] associatedData = bound(organizationId, where);
        try {
            return decrypt(keys.keys(organizationId).aead(), ciphertext, associatedData);
        } catch (GeneralSecurityException first) {
            // perhaps another process rotated the keyset since we cached it
            var reloaded = keys.reloadIfChanged(organizationId);
            if (reloaded != null) {
                try {
                    return decrypt(reloaded.aead(), ciphertext, associatedData);
                } catch (GeneralSecurityException second) {
                    // fall through
                }
            }
            throw doesNotOpen(organizationId, where);
        }
    }

    private String openCaseValue(UUID organizationId, byte[] value, AssociatedData where) {
        var buffer = ByteBuffer.wrap(value);
        buffer.get();
        if (buffer.get() != CASE_FORMAT) {
            throw doesNotOpen(organizationId, where);
        }
        UUID caseId = new UUID(buffer.getLong(), buffer.getLong());
        if (where.caseId() != null && !where.caseId().equals(caseId)) {
            throw doesNotOpen(organizationId, where); // moved here from another case's row
        }
        byte[] ciphertext = new byte[buffer.remaining()];
        buffer.get(ciphertext);
        Aead key = caseKeys.forOpening(organizationId, caseId, where);
        try {
            return decrypt(key, ciphertext, boundToCase(organizationId, where, caseId));
        } catch (GeneralSecurityException e) {
            throw doesNotOpen(organizationId, where);
        }
    }

    @Override
    public byte[] blindIndex(UUID organizationId, String purpose, String value) {
        if (!PURPOSE.matcher(purpose).matches()) {
            throw new IllegalArgumentException("a blind index purpose is a lower-case identifier: " + purpose);
        }
        byte[] input = ("passage/blind/v1/" + purpose + "\u0000" + value).getBytes(StandardCharsets.UTF_8);
        try {
            return keys.keys(organizationId).index().computePrimary(input, 32);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not compute a blind index for " + purpose, e);
        }
    }

    private static String decrypt(Aead aead, byte[] ciphertext, byte[] associatedData) throws GeneralSecurityException {
        return new String(aead.decrypt(ciphertext, associatedData), StandardCharsets.UTF_8);
    }

    private static UnsealingFailed doesNotOpen(UUID organizationId, AssociatedData where) {
        return new UnsealingFailed("the sealed value in " + where.table() + "." + where.column() + " of row " + where.rowId()
                + " does not open for organization " + organizationId + ": it was moved from another row, column, case or organization, "
                + "altered, or sealed under a key that is gone");
    }

    /** The row's place plus the organization: a ciphertext opens only where, and for whom, it was sealed. */
    static byte[] bound(UUID organizationId, AssociatedData where) {
        byte[] place = where.bytes();
        byte[] organization = ("/" + organizationId).getBytes(StandardCharsets.UTF_8);
        byte[] both = new byte[place.length + organization.length];
        System.arraycopy(place, 0, both, 0, place.length);
        System.arraycopy(organization, 0, both, place.length, organization.length);
        return both;
    }

    /** As {@link #bound}, and the case. */
    static byte[] boundToCase(UUID organizationId, AssociatedData where, UUID caseId) {
        byte[] place = bound(organizationId, where);
        byte[] kase = ("/case/" + caseId).getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(place.length + kase.length).put(place).put(kase).array();
    }

    @Override
    public String toString() {
        return "TinkSealing";
    }
}
