/**
 * Tink behind {@link org.passage.crypto.Sealing}: the master key ring outside the database, the wrapped
 * per-organization keysets and their cache, and key rotation with re-encryption of every sealed column.
 */
@NullMarked
package org.passage.crypto.internal;

import org.jspecify.annotations.NullMarked;
