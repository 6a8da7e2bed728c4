/**
 * Retention and erasure by crypto-shredding: cases are erased when a retention rule says they have rested long
 * enough, or when the person asks and two staff members agree; a legal hold stops both. Erasing destroys the case's
 * key, so every copy of its data, backups included, stays sealed for ever; a signed deletion record says what was
 * erased, when and why, without any personal data.
 */
@ApplicationModule(allowedDependencies = {"audit", "cases", "cases :: spi", "crypto", "security", "web"})
@NullMarked
package org.passage.retention;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
