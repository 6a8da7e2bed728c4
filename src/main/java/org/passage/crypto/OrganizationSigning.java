package org.passage.crypto;

import java.util.UUID;

/**
 * Each organization's signing key, for documents that leave Passage (the dossier): Ed25519 in a Tink keyset,
 * created on first use and stored wrapped by the master key like the data keysets. Only the public half ever
 * leaves this feature, as a {@link PublicSigningKey} the organization publishes.
 */
public interface OrganizationSigning {

    /** Signs {@code data} with the organization's primary signing key (created on first use). */
    DetachedSignature sign(UUID organizationId, byte[] data);

    /** The organization's public key, to publish and to verify its signatures offline. */
    PublicSigningKey publicKey(UUID organizationId);
}
