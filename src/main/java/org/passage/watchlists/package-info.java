/**
 * Watchlists: sanctions, war-crimes and intelligence-officer lists imported from their official formats
 * (FollowTheMoney, OFAC, UN, UK, EU, any CSV with a mapping) into one FtM-shaped model, one atomic version per
 * import. Screening streams the live entries through {@link org.passage.watchlists.Watchlists} and rebuilds
 * its index on {@link org.passage.watchlists.WatchlistVersionActivated}.
 */
@ApplicationModule(allowedDependencies = {"audit", "database", "datasets", "organizations", "web"})
@NullMarked
package org.passage.watchlists;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
