/**
 * Watchlists: sanctions, war-crimes and intelligence-officer lists imported from their official formats
 * (FollowTheMoney, OFAC, UN, UK, EU, CSV) into one FtM-shaped model, one atomic version per import.
 * Screening reads entries through {@link org.passage.watchlists.ListedEntity}.
 */
@NullMarked
package org.passage.watchlists;

import org.jspecify.annotations.NullMarked;
