/**
 * The audit trail: every read and change of personal data, every login and every denied attempt, in an
 * append-only table where each row carries the hash of the one before. {@code passage audit verify} finds
 * any row that was edited, deleted or moved.
 */
@ApplicationModule(allowedDependencies = {"days", "keys"})
@NullMarked
package org.passage.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
