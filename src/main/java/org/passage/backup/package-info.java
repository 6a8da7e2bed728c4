/**
 * Backup and restore: one encrypted, verifiable archive of the whole database, written through PostgreSQL's COPY
 * (no pg_dump of the right version ships with the embedded server), encrypted with a backup key that lives with the
 * other keys and never in the archive, and restored only into an empty installation of the same schema.
 */
@ApplicationModule(allowedDependencies = {"audit", "keys"})
@NullMarked
package org.passage.backup;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
