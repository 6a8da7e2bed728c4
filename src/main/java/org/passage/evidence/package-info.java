/**
 * Evidence: items kept for a case to the standard of the Berkeley Protocol — the original bytes hashed
 * (SHA-256) and kept unaltered in an encrypted archived copy, who captured what and when, and a chain of
 * custody of every later access and transfer. Vetting cites these items in findings; the dossier lists them.
 */
@ApplicationModule(allowedDependencies = {"audit", "cases", "cases :: spi", "crypto", "demo", "organizations", "security", "web"})
@NullMarked
package org.passage.evidence;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
