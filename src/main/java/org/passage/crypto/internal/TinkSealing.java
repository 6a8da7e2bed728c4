package org.passage.crypto.internal;

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
 * organization's separate index keyset.
 */
@Component
class TinkSealing implements Sealing {

    private static final Pattern PURPOSE = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private final DataKeys keys;

    TinkSealing(DataKeys keys) {
        this.keys = keys;
    }

    @Override
    public SealedText seal(UUID organizationId, String plaintext, AssociatedData where) {
        try {
            return new SealedText(keys.keys(organizationId).aead().encrypt(plaintext.getBytes(StandardCharsets.UTF_8), bound(organizationId, where)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not seal a value for " + where.table() + "." + where.column(), e);
        }
    }

    @Override
    public String open(UUID organizationId, SealedText sealed, AssociatedData where) {
        byte[] ciphertext = sealed.ciphertext();
        byte[] associatedData = bound(organizationId, where);
        try {
            return decrypt(keys.keys(organizationId), ciphertext, associatedData);
        } catch (GeneralSecurityException first) {
            // perhaps another process rotated the keyset since we cached it
            var reloaded = keys.reloadIfChanged(organizationId);
            if (reloaded != null) {
                try {
                    return decrypt(reloaded, ciphertext, associatedData);
                } catch (GeneralSecurityException second) {
                    // fall through
                }
            }
            throw new UnsealingFailed("the sealed value in " + where.table() + "." + where.column() + " of row " + where.rowId()
                    + " does not open for organization " + organizationId + ": it was moved from another row, column or organization, "
                    + "altered, or sealed under a key that is gone");
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

    private static String decrypt(DataKeys.OrganizationKeys keys, byte[] ciphertext, byte[] associatedData) throws GeneralSecurityException {
        return new String(keys.aead().decrypt(ciphertext, associatedData), StandardCharsets.UTF_8);
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

    @Override
    public String toString() {
        return "TinkSealing";
    }
}
