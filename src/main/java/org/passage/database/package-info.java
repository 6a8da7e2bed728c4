/**
 * Where Passage keeps its data: a real PostgreSQL that the application starts itself from the binaries
 * on its classpath (the embedded default, data under {@code ./data/pg}), or an external server named by
 * {@code PASSAGE_DB_URL}. The schema comes from Flyway migrations only.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package org.passage.database;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
