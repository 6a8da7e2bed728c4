/**
 * Encryption at rest: every column holding personal data is Tink AEAD ciphertext under its organization's
 * data keyset, bound to its table, column and row; keysets are wrapped by a master key that never enters the
 * database. Features use {@link org.passage.crypto.Sealing} and never touch Tink themselves.
 */
@ApplicationModule(allowedDependencies = {"audit", "keys"})
@NullMarked
package org.passage.crypto;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
