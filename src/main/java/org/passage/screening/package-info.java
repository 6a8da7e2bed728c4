/**
 * Screening: finds whether a person or organization is on a watchlist, in seconds and with reasons, across
 * the ways Russian, Ukrainian and Belarusian names are written (scripts, romanisation systems, diminutives,
 * patronymics, gendered forms, typos, any order). {@link org.passage.screening.Screening} is the whole API.
 */
@ApplicationModule(allowedDependencies = {"audit", "cases", "cases :: spi", "crypto", "database", "days", "organizations", "security", "units :: spi", "watchlists", "web"})
@NullMarked
package org.passage.screening;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
