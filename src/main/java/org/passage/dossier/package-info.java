/**
 * The dossier: the PDF a consulate reads before granting a humanitarian visa, built from the case, its journey
 * and its vetting, redacted by a profile chosen at export, signed with the organization's key and audited.
 * {@code passage dossier verify} checks a dossier's signature offline.
 */
@ApplicationModule(allowedDependencies = {"audit", "cases", "cases :: spi", "crypto", "evidence", "geo", "journeys", "organizations", "security", "vetting", "web"})
@NullMarked
package org.passage.dossier;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
