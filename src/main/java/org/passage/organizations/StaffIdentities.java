package org.passage.organizations;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Which person each staff account belongs to (issue 16: one person must not hold two accounts and sign a decision
 * twice). An identity is recorded once per account and held by one account in the whole installation: the database
 * refuses a second one. Callers check who may record or read it (an org admin, for his own organization).
 */
public interface StaffIdentities {

    /** The identity is already held by another account (of any organization). */
    final class IdentityTaken extends RuntimeException {
        public IdentityTaken() {
            super("this identity already holds an account");
        }
    }

    /**
     * Records whose account this is; refused with {@link IdentityTaken} when another account holds the identity, and
     * with {@link IllegalStateException} when this account names a person already (an identity is not changed).
     */
    void record(UUID staffId, StaffIdentity identity);

    /** The identity as typed, opened for an admin; empty for an account opened before identities were recorded. */
    Optional<String> of(UUID staffId);

    /** The accounts holding this identity: none or one, since the database allows no more. */
    List<UUID> holders(StaffIdentity identity);
}
