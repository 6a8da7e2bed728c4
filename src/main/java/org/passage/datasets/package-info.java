/**
 * The data catalogue: every dataset Passage's answers rest on (sanctions lists, the occupied-territory series, the
 * unit and incident sources, the gazetteer, boundaries), with its publisher, origin, licence and whether Passage
 * may ship it, and every version Passage retrieved, checked and recorded. A vetting can only vouch for facts whose
 * data Passage fetched and versioned itself; a failed fetch leaves the previous version answering.
 */
@ApplicationModule(allowedDependencies = {"organizations", "web"})
@NullMarked
package org.passage.datasets;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
